/** The module's records in PostgreSQL, bound to the current institution. */
package io.labdesk.modules.instruments.infrastructure.persistence;
