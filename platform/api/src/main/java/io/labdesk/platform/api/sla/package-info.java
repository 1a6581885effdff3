/**
 * Time as an institution counts it: its business calendar (working hours, holidays, make-up working days) for
 * measuring deadlines, and where a target stands against its deadline, as lists and badges show it. Plain Java time
 * types only.
 */
package io.labdesk.platform.api.sla;
