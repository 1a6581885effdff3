package io.labdesk.platform.core.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain A4 document of flowing text — titles, headings, labelled fields, paragraphs — in one embedded CJK font,
 * wrapped to the page and continued on new pages. Enough for archives and letters; no layout engine.
 */
public final class PdfText implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 130;

    private final PDDocument document = new PDDocument();
    private final TrueTypeCollection collection;
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    public PdfText(String title) {
        try {
            Path file = PdfFont.find();
            TrueTypeFont ttf;
            if (file.toString().toLowerCase().endsWith(".ttc")) {
                // From memory, not memory-mapped: PDFBox cannot unmap files on current JDKs.
                collection = new TrueTypeCollection(new ByteArrayInputStream(PdfFont.bytes(file)));
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                ttf = first[0];
                font = PDType0Font.load(document, ttf, true);
            } else {
                collection = null;
                font = PDType0Font.load(document, new ByteArrayInputStream(PdfFont.bytes(file)));
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("LabDesk");
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PdfText title(String text) {
        return block(text, 16, 0, 10);
    }

    public PdfText heading(String text) {
        space(8);
        return block(text, 12, 0, 4);
    }

    public PdfText paragraph(String text) {
        return block(text, 10, 0, 4);
    }

    /** Text set in from the left, e.g. the detail under an entry. */
    public PdfText indented(String text) {
        return block(text, 10, 16, 4);
    }

    /** A label in the left column and its value beside it, each wrapped within its column. */
    public PdfText field(String label, String value) {
        List<String> labels = wrap(label, 10, LABEL_WIDTH - 8);
        List<String> values = wrap(value == null || value.isEmpty() ? "—" : value, 10, WIDTH - LABEL_WIDTH);
        for (int i = 0; i < Math.max(labels.size(), values.size()); i++) {
            ensure(14);
            if (i < labels.size()) {
                write(labels.get(i), 10, MARGIN);
            }
            if (i < values.size()) {
                write(values.get(i), 10, MARGIN + LABEL_WIDTH);
            }
            y -= 14;
        }
        return this;
    }

    public PdfText space(float points) {
        y -= points;
        return this;
    }

    public byte[] toBytes() {
        try {
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
            if (collection != null) {
                collection.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfText block(String text, float size, float indent, float after) {
        for (String line : wrap(text == null ? "" : text, size, WIDTH - indent)) {
            ensure(size * 1.45f);
            write(line, size, MARGIN + indent);
            y -= size * 1.45f;
        }
        y -= after;
        return this;
    }

    private void write(String text, float size, float x) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y - size);
            page.showText(text);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(float height) {
        if (y - height < MARGIN) {
            try {
                page.close();
                newPage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Lines that fit {@code width}: broken at spaces in Latin text, anywhere in Chinese; glyphs the font lacks as '?'. */
    private List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int lastSpace = -1;
            for (int cp : paragraph.codePoints().toArray()) {
                String glyph = shown(cp);
                line.append(glyph);
                if (cp == ' ') {
                    lastSpace = line.length();
                }
                if (width(line.toString(), size) > width) {
                    int cut = lastSpace > 0 ? lastSpace : line.length() - glyph.length();
                    lines.add(line.substring(0, cut).stripTrailing());
                    line.delete(0, cut);
                    lastSpace = -1;
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String shown(int codePoint) {
        String s = new String(Character.toChars(codePoint == '\t' ? ' ' : codePoint));
        try {
            font.encode(s);
            return s;
        } catch (IOException | IllegalArgumentException e) {
            return "?";
        }
    }

    private float width(String s, float size) {
        try {
            return font.getStringWidth(s) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return s.length() * size;
        }
    }
}
