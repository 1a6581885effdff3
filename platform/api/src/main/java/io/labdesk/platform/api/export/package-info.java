/**
 * Documents a module prints for the archive or to send: a title, headings, labelled fields and paragraphs, turned
 * into an A4 PDF that renders Chinese. The module describes the document; how it is typeset is the platform's
 * business. Plain Java types only.
 */
package io.labdesk.platform.api.export;
