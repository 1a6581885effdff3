/**
 * Quotes and refunds (P9) behind platform/api's {@code fee} facade: the quote with its lines, answered by the customer
 * through a private link; the refund owed with its deadline, until recorded as paid. Numbered QT-2026-0001 and
 * RF-2026-0001 by the platform's record numbers.
 */
package io.labdesk.platform.core.fee;
