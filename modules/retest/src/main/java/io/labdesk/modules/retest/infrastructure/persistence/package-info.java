/** The module's records in PostgreSQL, under the institution's row-level security. */
package io.labdesk.modules.retest.infrastructure.persistence;
