package io.labdesk.platform.api.export;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Excel workbooks (xlsx) for modules' exports and imports: a list written as one sheet under a bold header row, and
 * the first sheet of an uploaded workbook read back as text. Files that are not workbooks, or larger than
 * {@link #MAX_BYTES} or {@link #MAX_ROWS}, are refused with {@code InvalidInput} on field {@code file} (keys
 * {@code validation.spreadsheet}, {@code validation.spreadsheet.size}; translated by the API and by
 * {@code getTranslation} in views).
 */
public interface Spreadsheets {

    long MAX_BYTES = 5L * 1024 * 1024;
    int MAX_ROWS = 10_000;

    /**
     * One sheet: the headers in bold and frozen, then the rows. Cells may be text, numbers, booleans,
     * {@code LocalDate} and {@code LocalDateTime} (shown as dates), or null (left empty); anything else as its text.
     */
    byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows);

    /**
     * The first sheet: its first row as the headers, each further row (blank ones skipped) as text, as wide as the
     * headers. Numbers read as written (42, 3.5), dates as ISO ({@code 2026-03-16} or {@code 2026-03-16T09:30}),
     * booleans as {@code true}/{@code false}, formulas as their last computed value, empty cells as "".
     */
    Sheet read(InputStream workbook);

    /** A sheet as read. */
    record Sheet(String name, List<String> headers, List<List<String>> rows) {

        public Sheet {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** The column under {@code header} (compared trimmed, case ignored). */
        public Optional<Integer> column(String header) {
            for (int c = 0; c < headers.size(); c++) {
                if (headers.get(c).strip().equalsIgnoreCase(header.strip())) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        /** Each row as header → value, in the sheet's column order. */
        public List<Map<String, String>> records() {
            List<Map<String, String>> records = new ArrayList<>();
            for (List<String> row : rows) {
                Map<String, String> record = new LinkedHashMap<>();
                for (int c = 0; c < headers.size(); c++) {
                    record.putIfAbsent(headers.get(c), row.get(c));
                }
                records.add(record);
            }
            return records;
        }
    }
}
