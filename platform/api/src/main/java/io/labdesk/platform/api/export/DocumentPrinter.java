package io.labdesk.platform.api.export;

/** Prints a {@link PrintedDocument} as PDF (A4, Chinese text rendered with an embedded font). */
public interface DocumentPrinter {

    byte[] pdf(PrintedDocument document);
}
