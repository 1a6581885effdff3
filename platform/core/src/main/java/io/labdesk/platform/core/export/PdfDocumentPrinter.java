package io.labdesk.platform.core.export;

import io.labdesk.platform.api.export.DocumentPrinter;
import io.labdesk.platform.api.export.PrintedDocument;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link DocumentPrinter} on the platform's own PDF text layout. */
@ApplicationScoped
public class PdfDocumentPrinter implements DocumentPrinter {

    @Override
    public byte[] pdf(PrintedDocument document) {
        try (PdfText pdf = new PdfText(document.title())) {
            pdf.title(document.title());
            for (PrintedDocument.Block block : document.blocks()) {
                switch (block) {
                    case PrintedDocument.Heading h -> pdf.heading(h.text());
                    case PrintedDocument.Paragraph p -> pdf.paragraph(p.text());
                    case PrintedDocument.Field f -> pdf.field(f.label(), f.value() == null ? "" : f.value());
                    case PrintedDocument.Space s -> pdf.space(s.points());
                    case PrintedDocument.Table t -> pdf.table(t.headers(), t.rows(), t.widths());
                    case PrintedDocument.Picture p -> pdf.picture(p.image(), p.caption());
                }
            }
            return pdf.toBytes();
        }
    }
}
