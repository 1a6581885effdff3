package io.labdesk.platform.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a list as one Excel (xlsx) sheet, streamed: a bold header row, then one row per item. */
public final class Spreadsheet {

    /** A column: its header and what it shows of an item (text, number, boolean, date or date-time; null: empty). */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    private Spreadsheet() {
    }

    public static <T> void write(OutputStream out, String sheetName, List<Column<T>> columns, List<T> rows)
            throws IOException {
        Workbook workbook = new Workbook(out, "LabDesk", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
            sheet.style(0, c).bold().set();
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).value().apply(rows.get(r));
                if (value instanceof Number n) {
                    sheet.value(r + 1, c, n);
                } else if (value instanceof LocalDateTime t) {
                    sheet.value(r + 1, c, t);
                    sheet.style(r + 1, c).format("yyyy-mm-dd hh:mm").set();
                } else if (value instanceof LocalDate d) {
                    sheet.value(r + 1, c, d);
                    sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                } else if (value instanceof Boolean b) {
                    sheet.value(r + 1, c, b);
                } else if (value != null) {
                    sheet.value(r + 1, c, value.toString());
                }
            }
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }
}
