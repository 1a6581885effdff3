/**
 * An institution's staff and their roles as its tenant admins keep them: adding a member (with their Keycloak account),
 * changing roles, deactivating, and the staff directory modules route work by. Uses tenancy, identity, settings and
 * the security log.
 */
package io.labdesk.platform.core.staff;
