/**
 * Tenancy as a module meets it. Every piece of data belongs to one institution (a tenant): entities extend the
 * tenant-owned base, the current tenant and the user's roles there decide what may be done, and the institution has
 * a name per language, a working language and a time zone its moments are written in. Uses Jakarta Persistence and
 * Hibernate's tenant id; nothing else of this API.
 */
package io.labdesk.platform.api.tenant;
