package io.labdesk.platform.core.export;

import io.labdesk.platform.api.data.InvalidInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A plain A4 document of flowing text — titles, headings, labelled fields, paragraphs, tables, pictures — in embedded
 * fonts that show Chinese and the symbols of test reports ({@link PdfFont}, chosen per glyph), wrapped to the page
 * and continued on new pages. Enough for archives, letters and reports; no layout engine.
 */
public final class PdfText implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 130;
    private static final float CELL_SIZE = 9;
    private static final float CELL_LINE = CELL_SIZE * 1.45f;
    private static final float CELL_PAD = 4;

    private final PDDocument document = new PDDocument();
    private final List<Path> fonts;
    private final Map<Integer, PDType0Font> loaded = new HashMap<>();
    private final List<TrueTypeCollection> collections = new ArrayList<>();
    /** The font each code point is shown in; empty where none has it. */
    private final Map<Integer, Optional<PDType0Font>> chosen = new HashMap<>();
    /** Fonts that could not be read: not tried again for every glyph. */
    private final Set<Integer> unreadable = new HashSet<>();
    private PDPageContentStream page;
    private float y;

    public PdfText(String title) {
        this(title, PdfFont.find());
    }

    /** With {@code fonts} in order of preference, each glyph from the first that has it. */
    PdfText(String title, List<Path> fonts) {
        this.fonts = List.copyOf(fonts);
        try {
            // Fonts are read only when a glyph is looked for there; one at least must be readable.
            if (fontFor('?') == null) {
                throw new PdfFont.Missing();
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

    /**
     * A table: the header row shaded, every cell wrapped within its column and ruled; rows that do not fit go on the
     * next page under the header row again, a row taller than a page in pieces. {@code shares}: each column's share
     * of the width (empty: equal).
     */
    public PdfText table(List<String> headers, List<List<String>> rows, List<Float> shares) {
        float[] widths = new float[headers.size()];
        float total = 0;
        for (int c = 0; c < widths.length; c++) {
            widths[c] = shares.isEmpty() ? 1 : Math.max(0.01f, shares.get(c));
            total += widths[c];
        }
        for (int c = 0; c < widths.length; c++) {
            widths[c] = widths[c] / total * WIDTH;
        }
        List<List<String>> header = cells(headers, widths);
        space(4);
        // Never a header alone at the foot of a page.
        ensure(rowHeight(header.stream().mapToInt(List::size).max().orElse(1)) + rowHeight(1));
        tableRow(header, widths, true, header);
        for (List<String> row : rows) {
            tableRow(cells(row, widths), widths, false, header);
        }
        y -= 6;
        return this;
    }

    /**
     * A PNG or JPEG picture at its natural size (96 dpi), shrunk to the page's width and height when larger, with a
     * caption under it; anything else is refused as {@code validation.picture}.
     */
    public PdfText picture(byte[] image, String caption) {
        if (!isPngOrJpeg(image)) {
            throw new InvalidInput(Map.of("picture", "validation.picture"));
        }
        PDImageXObject picture;
        try {
            picture = PDImageXObject.createFromByteArray(document, image, "picture");
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInput(Map.of("picture", "validation.picture"));
        }
        boolean captioned = caption != null && !caption.isBlank();
        float maxHeight = PDRectangle.A4.getHeight() - 2 * MARGIN - (captioned ? 20 : 0);
        float width = picture.getWidth() * 0.75f;
        float height = picture.getHeight() * 0.75f;
        float scale = Math.min(1, Math.min(WIDTH / width, maxHeight / height));
        width *= scale;
        height *= scale;
        ensure(height + 4);
        try {
            page.drawImage(picture, MARGIN, y - height, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height + 4;
        if (captioned) {
            block(caption, 9, 0, 4);
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
            for (TrueTypeCollection collection : collections) {
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

    private List<List<String>> cells(List<String> row, float[] widths) {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String text = c < row.size() && row.get(c) != null ? row.get(c) : "";
            cells.add(wrap(text, CELL_SIZE, widths[c] - 2 * CELL_PAD));
        }
        return cells;
    }

    /** One row of wrapped cells; where the page ends, the rest goes on the next page after the header row. */
    private void tableRow(List<List<String>> cells, float[] widths, boolean isHeader, List<List<String>> header) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        float headerHeight = rowHeight(header.stream().mapToInt(List::size).max().orElse(1));
        int from = 0;
        while (from < lines) {
            int fit = (int) Math.floor((y - MARGIN - 2 * CELL_PAD) / CELL_LINE);
            boolean freshPage = y >= PDRectangle.A4.getHeight() - MARGIN - (isHeader ? 0 : headerHeight);
            if (fit < lines - from && !freshPage) {
                // Keep a row whole when a new page would hold it; split it only when even a new page cannot.
                try {
                    page.close();
                    newPage();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (!isHeader) {
                    tableRow(header, widths, true, header);
                }
                continue;
            }
            int to = Math.min(lines, from + Math.max(1, fit));
            float height = rowHeight(to - from);
            try {
                float x = MARGIN;
                for (int c = 0; c < widths.length; c++) {
                    if (isHeader) {
                        page.setNonStrokingColor(0.9f);
                        page.addRect(x, y - height, widths[c], height);
                        page.fill();
                        page.setNonStrokingColor(0f);
                    }
                    page.setLineWidth(0.5f);
                    page.addRect(x, y - height, widths[c], height);
                    page.stroke();
                    List<String> cell = cells.get(c);
                    for (int l = from; l < Math.min(to, cell.size()); l++) {
                        float saved = y;
                        y = y - CELL_PAD - (l - from) * CELL_LINE;
                        write(cell.get(l), CELL_SIZE, x + CELL_PAD);
                        y = saved;
                    }
                    x += widths[c];
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= height;
            from = to;
        }
    }

    private static float rowHeight(int lines) {
        return lines * CELL_LINE + 2 * CELL_PAD;
    }

    private static boolean isPngOrJpeg(byte[] b) {
        boolean png = b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
        return png || jpeg;
    }

    /** The line in runs of one font each: Tj moves on by what it showed, so the runs follow one another. */
    private void write(String text, float size, float x) {
        try {
            page.beginText();
            page.newLineAtOffset(x, y - size);
            for (Run run : runs(text)) {
                page.setFont(run.font(), size);
                page.showText(run.text());
            }
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Run(PDType0Font font, String text) {
    }

    /** Text as it is shown: consecutive code points of the same font together. */
    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        PDType0Font current = null;
        StringBuilder run = new StringBuilder();
        for (int glyph : text.codePoints().toArray()) {
            PDType0Font f = fontFor(glyph);
            int cp = f == null ? '?' : glyph;
            f = f == null ? fontFor('?') : f;
            if (f != current && !run.isEmpty()) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = f;
            run.appendCodePoint(cp);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    /** The first font that has a glyph for the code point, or null. */
    private PDType0Font fontFor(int codePoint) {
        return chosen.computeIfAbsent(codePoint, cp -> {
            String s = Character.toString(cp);
            for (int i = 0; i < fonts.size(); i++) {
                PDType0Font f = readable(i);
                if (f == null) {
                    continue;
                }
                try {
                    int code = f.readCode(new ByteArrayInputStream(f.encode(s)));
                    // A font may map a character to a glyph that draws nothing (WenQuanYi Micro Hei's ℃).
                    if (blank(cp) || !f.getPath(code).getBounds2D().isEmpty()) {
                        return Optional.of(f);
                    }
                } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                    // Not in this font: try the next.
                }
            }
            return Optional.empty();
        }).orElse(null);
    }

    /** Characters that draw nothing in any font: spaces, controls, format marks. */
    private static boolean blank(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL
                || type == Character.FORMAT;
    }

    /** A fallback font, or null when its file cannot be read (a broken configured file spoils no PDF). */
    private PDType0Font readable(int index) {
        if (unreadable.contains(index)) {
            return null;
        }
        try {
            return font(index);
        } catch (IOException | RuntimeException e) {
            unreadable.add(index);
            return null;
        }
    }

    private PDType0Font font(int index) throws IOException {
        PDType0Font f = loaded.get(index);
        if (f == null) {
            Path file = fonts.get(index);
            if (file.toString().toLowerCase().endsWith(".ttc")) {
                // From memory, not memory-mapped: PDFBox cannot unmap files on current JDKs.
                TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(PdfFont.bytes(file)));
                collections.add(collection);
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(t -> {
                    if (first[0] == null) {
                        first[0] = t;
                    }
                });
                f = PDType0Font.load(document, first[0], true);
            } else {
                f = PDType0Font.load(document, new ByteArrayInputStream(PdfFont.bytes(file)));
            }
            loaded.put(index, f);
        }
        return f;
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

    /** Lines that fit {@code width}: broken at spaces in Latin text, anywhere in Chinese; glyphs no font has as '?'. */
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
        int cp = codePoint == '\t' ? ' ' : codePoint;
        return fontFor(cp) == null ? "?" : Character.toString(cp);
    }

    private float width(String s, float size) {
        float width = 0;
        for (Run run : runs(s)) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            } catch (IOException | IllegalArgumentException e) {
                width += run.text().length() * size;
            }
        }
        return width;
    }
}
