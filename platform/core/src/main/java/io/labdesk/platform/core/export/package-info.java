/**
 * Documents and sheets LabDesk writes: A4 PDFs of flowing text in embedded fonts that render Chinese and the symbols
 * of test reports, and streamed Excel sheets of any list. Knows nothing of what it prints; uses the configuration only
 * (where the fonts are).
 */
package io.labdesk.platform.core.export;
