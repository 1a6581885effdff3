/**
 * Tenancy itself: the institutions sharing the instance, the institution the current thread works for, the entity
 * manager that tells PostgreSQL that institution so row-level security holds, staff memberships, and running work
 * per institution in transactions of its own. What an institution does lives in the packages above; this one only
 * knows the institution and its members, and uses nothing of core.
 */
package io.labdesk.platform.core.tenant;
