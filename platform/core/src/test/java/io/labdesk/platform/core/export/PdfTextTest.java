package io.labdesk.platform.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.export.PrintedDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The symbols of test reports come back out of a printed PDF as written, whichever font has them. */
class PdfTextTest {

    /** ℃ µ ± ≤ ≥ ² ³ Ω ‰ as a report writes them, between Chinese and Latin text. */
    private static final List<String> MEASURES = List.of(
            "环境温度 23.5 ℃ ± 0.5 ℃", "移液量 50 µL", "偏差 ≤ 0.2 ‰", "绝缘电阻 ≥ 10 MΩ", "面积 2 m²",
            "体积 1 m³");

    @Test
    void theSymbolsOfTestReportsReadBackInParagraphsFieldsAndTables() throws Exception {
        byte[] pdf = new PdfDocumentPrinter().pdf(PrintedDocument.titled("检测报告 Test report")
                .paragraph(String.join("; ", MEASURES))
                .field("测量条件", MEASURES.get(0))
                .table(List.of("项目", "结果"), MEASURES.stream().map(m -> List.of("Item", m)).toList(), List.of())
                .build());

        String text = text(pdf);
        assertThat(text).contains(String.join("; ", MEASURES)).contains(MEASURES).doesNotContain("?");
        for (String symbol : List.of("℃", "µ", "±", "≤", "≥", "²", "³", "Ω", "‰")) {
            assertThat(text).as(symbol).contains(symbol);
        }
        // Read back is not seen: a glyph that draws nothing still extracts as its character.
        assertThat(drawnAsNothing(pdf)).isEmpty();
    }

    @Test
    void aGlyphTheFirstFontLacksComesFromTheNextThatHasIt() throws Exception {
        // A Latin font first (as LABDESK_PDF_FONT may name): the Chinese must come from a Chinese font after it.
        Path latin = PdfFont.installed(PdfFont.SYMBOLS).getFirst();
        List<Path> fonts = new ArrayList<>(List.of(latin));
        fonts.addAll(PdfFont.find());
        byte[] pdf;
        try (PdfText text = new PdfText("x", fonts)) {
            pdf = text.paragraph(String.join("; ", MEASURES)).toBytes();
        }

        assertThat(text(pdf)).contains(String.join("; ", MEASURES)).doesNotContain("?");
        assertThat(drawnAsNothing(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            List<String> used = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                used.add(page.getResources().getFont(name).getName());
            }
            // Both embedded, the Latin one (a subset, "ABCDEF+DejaVuSans") carrying the symbols it has.
            assertThat(used).hasSize(2).anyMatch(n -> n.contains(latinName(latin)));
        }
    }

    @Test
    void aConfiguredFileThatIsNoFontIsPassedOver(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.ttf"), "not a font");
        List<Path> fonts = new ArrayList<>(List.of(broken));
        fonts.addAll(PdfFont.find());
        byte[] pdf;
        try (PdfText text = new PdfText("x", fonts)) {
            pdf = text.paragraph(MEASURES.getFirst()).toBytes();
        }
        assertThat(text(pdf)).contains(MEASURES.getFirst());
    }

    @Test
    void aCharacterNoFontHasShowsAsAQuestionMark() throws Exception {
        byte[] pdf;
        try (PdfText text = new PdfText("x")) {
            // A private-use code point: no font of a system draws it.
            pdf = text.paragraph("温度 \uE000 ℃").toBytes();
        }
        assertThat(text(pdf)).contains("温度 ? ℃");
    }

    /** The characters on the pages whose glyph, in the font embedded for them, has no outline. */
    private static Set<String> drawnAsNothing(byte[] pdf) throws Exception {
        Set<String> invisible = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        try {
                            if (!p.getUnicode().isBlank() && p.getFont() instanceof PDVectorFont font
                                    && font.getPath(p.getCharacterCodes()[0]).getBounds2D().isEmpty()) {
                                invisible.add(p.getUnicode());
                            }
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }
            };
            stripper.getText(document);
        }
        return invisible;
    }

    private static String latinName(Path font) {
        return font.getFileName().toString().replaceFirst("(-Regular)?\\.ttf$", "");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
