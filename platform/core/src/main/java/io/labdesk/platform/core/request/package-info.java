/**
 * The service request (工单) from intake to archive: received from any channel, moved along its workflow by the roles
 * that may, with its SLA targets, files, verified timeline, notices and PDF archive, and the watch that warns of
 * targets at risk or breached. The platform's main concern; uses the packages below it (tenancy, staff, customers,
 * intake, SLA, tracking, notification, export, settings, security, wording, configuration) and none above.
 */
package io.labdesk.platform.core.request;
