/**
 * The platform operators' hold over all institutions: list them with their usage, create one (its Keycloak organization
 * and first admin, then on-boarding), suspend and resume, and decide its plan of modules. Uses on-boarding, modules,
 * identity, staff, settings and the security log.
 */
package io.labdesk.platform.core.operator;
