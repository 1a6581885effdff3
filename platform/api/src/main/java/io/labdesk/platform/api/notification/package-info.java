/**
 * Messages that leave LabDesk: e-mail and text messages to an institution's customers and e-mail to its staff. A module
 * writes them into the platform's outbox within its own transaction, so they go out only if its change is kept, and
 * the platform sends and retries them. Also the port for text-message gateways. Uses the module contract for texts.
 */
package io.labdesk.platform.api.notification;
