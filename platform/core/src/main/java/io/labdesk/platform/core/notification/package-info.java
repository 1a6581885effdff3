/**
 * Messages that leave LabDesk: left in an outbox within the transaction of what they announce, then sent and retried
 * by e-mail or text message, claimed so that two servers never send one twice. Uses tenancy, staff, settings, the
 * platform's wording and the configuration.
 */
package io.labdesk.platform.core.notification;
