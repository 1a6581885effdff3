/**
 * Private links for customers, who have no account: an unguessable token that opens one record of one institution,
 * stored only as its hash, for a service request's tracking page or a module's record. Uses the institution's
 * settings and the configuration.
 */
package io.labdesk.platform.core.tracking;
