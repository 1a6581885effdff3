/**
 * The audit's life as the institution lives it — programme, assignment under the rules of independence, checklist,
 * findings, corrective actions in the platform's register, verification, report deadlines — on the platform's
 * facades only (qualifications, service requests, deadlines, corrective actions, module events).
 */
package io.labdesk.modules.audit.application;
