/**
 * Documents and sheets LabDesk writes: A4 PDFs of flowing text in an embedded font that renders Chinese, and
 * streamed Excel sheets of any list. Knows nothing of what it prints; uses the configuration only (where the font is).
 */
package io.labdesk.platform.core.export;
