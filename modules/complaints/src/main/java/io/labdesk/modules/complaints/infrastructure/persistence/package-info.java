/**
 * Where complaints are kept: the module's tables in PostgreSQL, read and written under the institution's row-level
 * security through the platform's tenant store. Queries live here so
 * that the application layer speaks of complaints, not of SQL. Uses the domain and platform/api's data package.
 */
package io.labdesk.modules.complaints.infrastructure.persistence;
