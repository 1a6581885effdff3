/**
 * Tracked deadlines: the time a module's record has for one step (a complaint's acknowledgement, a retest's
 * report), measured on the institution's business calendar or the clock, paused while the institution waits, met
 * or cancelled, and watched by the platform, which warns the people the module names when a deadline turns at risk
 * and when it is breached. Modules start and move deadlines through {@link
 * io.labdesk.platform.api.deadline.TrackedDeadlines} and read their states for badges and dashboard figures; they
 * never keep warning flags or a watch of their own. Uses the platform's SLA states, tenant roles and texts only.
 */
package io.labdesk.platform.api.deadline;
