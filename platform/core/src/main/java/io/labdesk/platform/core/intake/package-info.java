/**
 * What an institution takes in: the request types it offers and the fields its public request form asks, requires
 * or leaves out. Kept by its tenant admins; uses tenancy and the settings history.
 */
package io.labdesk.platform.core.intake;
