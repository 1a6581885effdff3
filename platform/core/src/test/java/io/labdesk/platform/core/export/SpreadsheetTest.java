package io.labdesk.platform.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** An exported list opens as an xlsx workbook with the header row and the items' values, Chinese included. */
class SpreadsheetTest {

    record Row(String number, String subject, int count, LocalDateTime received) {
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(text)));
    }

    @Test
    void writesHeaderAndRowsIntoAnXlsxWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet.write(out, "工单", List.of(
                new Spreadsheet.Column<Row>("工单号", Row::number),
                new Spreadsheet.Column<Row>("主题", Row::subject),
                new Spreadsheet.Column<Row>("Count", Row::count),
                new Spreadsheet.Column<Row>("登记时间", Row::received)),
                List.of(new Row("SR-2026-000001", "扫描电镜测试结果疑问", 3, LocalDateTime.of(2026, 3, 16, 9, 30)),
                        new Row("SR-2026-000002", null, 0, null)));

        // Read as spreadsheet programs do: through the zip's central directory.
        Path file = Files.createTempFile("export", ".xlsx");
        Map<String, String> parts = new HashMap<>();
        try {
            Files.write(file, out.toByteArray());
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    parts.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.delete(file);
        }
        assertThat(parts).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        assertThat(xml(parts.get("xl/workbook.xml")).getElementsByTagName("sheet").item(0).getAttributes()
                .getNamedItem("name").getNodeValue()).isEqualTo("工单");
        assertThat(xml(parts.get("xl/sharedStrings.xml")).getDocumentElement().getTextContent())
                .contains("工单号", "主题", "登记时间", "SR-2026-000001", "扫描电镜测试结果疑问");
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<v>3</v>").contains("r=\"A3\"").doesNotContain("r=\"B3\"");
    }
}
