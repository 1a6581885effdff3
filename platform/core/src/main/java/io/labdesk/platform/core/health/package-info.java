/**
 * Whether LabDesk can serve: its database and its identity provider checked on {@code /health}, read alike by a load
 * balancer and a person. Uses the configuration only.
 */
package io.labdesk.platform.core.health;
