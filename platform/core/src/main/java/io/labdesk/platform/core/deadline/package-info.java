/**
 * Tracked deadlines of modules' records: each one stored with its span, due and warning instants, pause and outcome,
 * measured on the institution's calendar like a service request's SLA targets, and the one watch that warns of them
 * all. The watch finds the institutions with something due through a platform table of ids and instants kept by a
 * trigger, then works each institution under its row-level security. Uses the SLA engine, tenancy, staff and the
 * outbox.
 */
package io.labdesk.platform.core.deadline;
