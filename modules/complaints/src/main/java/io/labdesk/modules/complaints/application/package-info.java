/**
 * The complaint file's work as staff and complainants do it: record, acknowledge, classify, assign, investigate,
 * decide, reply, hear the customer's opinion, print the archive. Each service checks the module's permissions,
 * runs in one transaction and uses the platform's facades (deadlines, corrective actions, messages, files, PDFs).
 */
package io.labdesk.modules.complaints.application;
