/**
 * Time as an institution measures it: business calendars with China's make-up working days, the SLA policy of targets
 * per request type and priority, and the clock arithmetic of one target (due, at risk, paused). Uses tenancy,
 * settings, the intake's request types and the configuration, and never a service request itself.
 */
package io.labdesk.platform.core.sla;
