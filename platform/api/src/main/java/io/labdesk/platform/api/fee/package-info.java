/**
 * Fees (P9), open to every module: a quote before chargeable work, which the customer accepts or declines through a
 * private link, and a refund owed, tracked on the institution's calendar until it is recorded as paid.
 */
package io.labdesk.platform.api.fee;
