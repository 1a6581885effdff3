package io.labdesk.platform.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.export.Spreadsheets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** What a module writes it reads back the same; what is not a workbook, or too much of one, is refused by name. */
class XlsxSpreadsheetsTest {

    private final Spreadsheets spreadsheets = new XlsxSpreadsheets();

    @Test
    void rowsWrittenAreReadBackAsTextUnderTheirHeaders() {
        List<List<?>> rows = List.of(
                Arrays.asList("SR-2026-000001", "扫描电镜测试结果疑问", 3, 2.5, LocalDate.of(2026, 3, 16),
                        LocalDateTime.of(2026, 3, 16, 9, 30), true),
                Arrays.asList(null, null, null, null, null, null, null),
                Arrays.asList("SR-2026-000002", "Calibration of a balance", 0, -1.25, null, null, false));

        byte[] xlsx = spreadsheets.write("工单[2026]", List.of("工单号", "主题", "Count", "Share", "日期", "登记时间", "OK"), rows);
        Spreadsheets.Sheet sheet = spreadsheets.read(new ByteArrayInputStream(xlsx));

        assertThat(sheet.name()).isEqualTo("工单_2026_");
        assertThat(sheet.headers()).containsExactly("工单号", "主题", "Count", "Share", "日期", "登记时间", "OK");
        assertThat(sheet.rows()).as("the blank row is skipped").containsExactly(
                List.of("SR-2026-000001", "扫描电镜测试结果疑问", "3", "2.5", "2026-03-16", "2026-03-16T09:30", "true"),
                List.of("SR-2026-000002", "Calibration of a balance", "0", "-1.25", "", "", "false"));
        assertThat(sheet.column(" count ")).contains(2);
        assertThat(sheet.records().get(0)).containsEntry("主题", "扫描电镜测试结果疑问");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAsSuch() throws Exception {
        assertRefused(new ByteArrayInputStream("工单号,主题\nSR-1,x\n".getBytes(StandardCharsets.UTF_8)),
                "validation.spreadsheet");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(new ByteArrayInputStream(zip.toByteArray()), "validation.spreadsheet");
    }

    @Test
    void tooLargeAFileOrTooManyRowsIsRefusedWithTheLimits() {
        byte[] big = new byte[(int) Spreadsheets.MAX_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        assertRefused(new ByteArrayInputStream(big), "validation.spreadsheet.size");

        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i <= Spreadsheets.MAX_ROWS; i++) {
            rows.add(List.of("row " + i));
        }
        byte[] xlsx = spreadsheets.write("rows", List.of("text"), rows);
        assertRefused(new ByteArrayInputStream(xlsx), "validation.spreadsheet.size");
        assertThat(spreadsheets.read(new ByteArrayInputStream(spreadsheets.write("rows", List.of("text"),
                rows.subList(0, Spreadsheets.MAX_ROWS)))).rows()).hasSize(Spreadsheets.MAX_ROWS);
    }

    private void assertRefused(InputStream file, String key) {
        assertThatThrownBy(() -> spreadsheets.read(file)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldMessageKeys()).isEqualTo(Map.of("file", key)));
    }
}
