/**
 * Service figures for a period: requests received, response timeliness and on-time delivery against the policy's
 * goals, median and 90th-percentile times, for the dashboard and its drill-downs. Reads requests and SLA targets;
 * uses tenancy and settings.
 */
package io.labdesk.platform.core.kpi;
