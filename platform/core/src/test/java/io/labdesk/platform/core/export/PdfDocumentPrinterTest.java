package io.labdesk.platform.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.export.PrintedDocument;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A module's document with a table across pages and pictures prints as a PDF whose cells and images read back. */
class PdfDocumentPrinterTest {

    private final PdfDocumentPrinter printer = new PdfDocumentPrinter();

    @Test
    void aTableRunsOverPagesUnderItsHeaderRowAndPicturesAreEmbeddedWithinThePage() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            rows.add(List.of("RT-2026-" + String.format("%04d", i), "电子天平 " + i, i % 2 == 0 ? "合格" : "复测"));
        }
        rows.set(3, List.of("RT-2026-0004", "A cell long enough that it cannot fit on one line of its column and "
                + "must wrap onto further lines within the same row", "合格"));
        byte[] pdf = printer.pdf(PrintedDocument.titled("复测报告")
                .paragraph("Retests of the quarter.")
                .table(List.of("编号", "仪器", "结论"), rows, List.of(0.25f, 0.55f, 0.2f))
                .picture(image("png", 2400, 600), "Figure 1 趋势")
                .picture(image("jpg", 300, 200), null)
                .build());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String all = new PDFTextStripper().getText(document);
            assertThat(all).contains("复测报告", "RT-2026-0001", "电子天平 1", "RT-2026-0080", "Figure 1 趋势",
                    "must wrap onto further lines");
            // Every page that carries rows starts them under the header row again.
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            String page2 = second.getText(document);
            assertThat(page2).contains("编号", "仪器", "结论", "RT-2026-00");

            List<PDImageXObject> images = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
            assertThat(images).extracting(PDImageXObject::getWidth).containsExactlyInAnyOrder(2400, 300);
            // The wide one shrunk to the page's text width (A4 less the margins), the small one at its own size.
            List<Float> drawn = drawnWidths(pdf);
            assertThat(drawn).hasSize(2);
            assertThat(Collections.max(drawn)).isCloseTo(PDRectangle.A4.getWidth() - 2 * 56, within(0.01f));
            assertThat(Collections.min(drawn)).isCloseTo(300 * 0.75f, within(0.01f));
        }
    }

    @Test
    void bytesThatAreNoPngOrJpegAreRefusedWithAMessage() {
        assertThatThrownBy(() -> printer.pdf(PrintedDocument.titled("x").picture("GIF89a...".getBytes(), "x").build()))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys()).isEqualTo(Map.of("picture", "validation.picture")));
        byte[] brokenPng = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertThatThrownBy(() -> printer.pdf(PrintedDocument.titled("x").picture(brokenPng, null).build()))
                .isInstanceOf(InvalidInput.class);
    }

    /** The widths images are drawn at: the first operand of each {@code cm} before a {@code Do}. */
    private static List<Float> drawnWidths(byte[] pdf) throws Exception {
        List<Float> widths = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDFStreamParser parser = new PDFStreamParser(page);
                List<Object> tokens = parser.parse();
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op
                            && op.getName().equals("cm") && i >= 6
                            && tokens.get(i - 6) instanceof COSNumber w) {
                        widths.add(w.floatValue());
                    }
                }
            }
        }
        return widths;
    }

    private static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
