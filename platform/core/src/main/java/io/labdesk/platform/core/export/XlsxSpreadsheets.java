package io.labdesk.platform.core.export;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.export.Spreadsheets;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** {@link Spreadsheets} on fastexcel: written through {@link Spreadsheet}, read with fastexcel's streaming reader. */
@ApplicationScoped
public class XlsxSpreadsheets implements Spreadsheets {

    /** Excel's own limit on sheet names: 31 characters, none of these. */
    private static final String NOT_IN_SHEET_NAMES = "[\\[\\]:*?/\\\\]";

    @Override
    public byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows) {
        List<Spreadsheet.Column<List<?>>> columns = IntStream.range(0, headers.size())
                .mapToObj(c -> new Spreadsheet.Column<List<?>>(headers.get(c), row -> c < row.size() ? row.get(c) : null))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Spreadsheet.write(out, sheetName(sheetName), columns, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public Sheet read(InputStream workbook) {
        byte[] bytes;
        try {
            bytes = workbook.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw refused("validation.spreadsheet.size");
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(bytes, Math.min(bytes.length, 8)))) {
            throw refused("validation.spreadsheet");
        }
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false));
             Stream<Row> stream = book.getFirstSheet().openStream()) {
            Iterator<Row> sheetRows = stream.iterator();
            List<String> headers = sheetRows.hasNext() ? texts(sheetRows.next(), -1) : List.of();
            List<List<String>> rows = new ArrayList<>();
            while (sheetRows.hasNext()) {
                List<String> row = texts(sheetRows.next(), headers.size());
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw refused("validation.spreadsheet.size");
                }
                rows.add(row);
            }
            return new Sheet(book.getFirstSheet().getName(), headers, rows);
        } catch (InvalidInput e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A zip that is no workbook, or a damaged one: fastexcel's reader says so in many ways.
            throw refused("validation.spreadsheet");
        }
    }

    /** A row's cells as text, {@code width} wide (-1: as wide as the row). */
    private static List<String> texts(Row row, int width) {
        int n = width < 0 ? row.getCellCount() : width;
        List<String> texts = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            texts.add(c < row.getCellCount() ? text(row.getCell(c)) : "");
        }
        return texts;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? date(cell.asDate()) : plain(cell.asNumber());
            case STRING -> cell.asString();
            case BOOLEAN -> cell.asBoolean().toString();
            case FORMULA, ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case EMPTY -> "";
        };
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDateTime t) {
        return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
    }

    /** Excel stores dates as numbers; only the cell's format tells them apart (built-in ids 14–22, 45–47, or y/d/h). */
    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String bare = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "");
        return bare.contains("y") || bare.contains("d") || bare.contains("h");
    }

    private static String sheetName(String name) {
        String cleaned = name == null ? "" : name.replaceAll(NOT_IN_SHEET_NAMES, "_").strip();
        if (cleaned.isEmpty()) {
            return "Sheet1";
        }
        return cleaned.codePointCount(0, cleaned.length()) <= 31 ? cleaned
                : cleaned.substring(0, cleaned.offsetByCodePoints(0, 31));
    }

    private static InvalidInput refused(String key) {
        return new InvalidInput(Map.of("file", key));
    }
}
