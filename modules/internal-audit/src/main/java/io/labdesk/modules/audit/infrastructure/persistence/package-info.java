/** The module's records in PostgreSQL: read under the institution's row-level security, changed at a version. */
package io.labdesk.modules.audit.infrastructure.persistence;
