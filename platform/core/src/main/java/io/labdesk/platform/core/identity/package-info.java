/**
 * Who is signed in, and where: the OpenID Connect sign-in, the institution a staff member works for in this request
 * (one of their organizations, chosen and switchable), and LabDesk's service account in Keycloak that manages
 * organizations, accounts and memberships. Uses tenancy, the security log and the configuration.
 */
package io.labdesk.platform.core.identity;
