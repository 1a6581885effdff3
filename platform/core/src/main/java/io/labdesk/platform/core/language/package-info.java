/**
 * The platform's own wording: the message bundle in Chinese and English that the API, customers' pages, messages,
 * PDFs and the UI share, in the reader's language as the platform API's language rule chooses it. A ground floor of
 * core: uses nothing of it.
 */
package io.labdesk.platform.core.language;
