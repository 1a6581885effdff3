/** The survey module's records in PostgreSQL, through the platform's tenant-bound entity manager. */
package io.labdesk.modules.surveys.infrastructure.persistence;
