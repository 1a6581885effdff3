/**
 * How an institution joins LabDesk: created from a definition file or a template (kind of laboratory, calendar,
 * modules, SLA policy, request types) with its first staff in one transaction, and the demo institutions seeded on
 * start. Sets up what the packages below keep (tenancy, settings, brand, intake, SLA, requests, modules, customers)
 * and writes to the security log.
 */
package io.labdesk.platform.core.onboarding;
