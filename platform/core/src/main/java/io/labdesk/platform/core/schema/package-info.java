/**
 * The database schema, owned by Liquibase: the platform's changelog and the modules' own, applied at deployment as
 * the schema owner while the application connects as a role that cannot bypass row-level security. Uses the modules'
 * descriptors and the configuration.
 */
package io.labdesk.platform.core.schema;
