package io.labdesk.modules.instruments.domain;

import io.labdesk.platform.api.data.EmailAddress;
import io.labdesk.platform.api.module.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The register as a workbook: its columns (headers in Chinese or English), an instrument's facts checked, and a
 * sheet's rows read into facts or the problems of each row. A row without a warranty takes its product line's.
 */
public final class InstrumentSheet {

    /** The columns in their order: Chinese header, English header. */
    public static final List<Text> COLUMNS = List.of(
            Text.of("型号", "Model"), Text.of("序列号", "Serial number"), Text.of("产品线", "Product line"),
            Text.of("客户", "Customer"), Text.of("单位", "Organisation"), Text.of("电子邮箱", "E-mail"),
            Text.of("电话", "Phone"), Text.of("购买日期", "Purchase date"), Text.of("本机构售出", "Sold by us"),
            Text.of("安装日期", "Installed on"), Text.of("所在地", "Place"), Text.of("保修期（月）", "Warranty (months)"));

    private InstrumentSheet() {
    }

    /** One row read: its number in the sheet (the header is row 1), the facts or what is wrong with it. */
    public record Row(int number, Instrument.Facts facts, List<Text> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** What is wrong with {@code f} on {@code today}, by field. */
    public static Map<String, Text> problems(Instrument.Facts f, LocalDate today) {
        Map<String, Text> problems = new LinkedHashMap<>();
        if (blank(f.model()) || f.model().strip().length() > 200) {
            problems.put("model", Text.of("请填写型号（不超过 200 字）。", "Give the model (at most 200 characters)."));
        }
        if (blank(f.serialNumber()) || f.serialNumber().strip().length() > 100) {
            problems.put("serialNumber", Text.of("请填写序列号（不超过 100 字）。",
                    "Give the serial number (at most 100 characters)."));
        }
        if (f.productLine() != null && f.productLine().strip().length() > 100) {
            problems.put("productLine", Text.of("产品线不超过 100 字。", "A product line takes at most 100 characters."));
        }
        if (blank(f.customerName()) || f.customerName().strip().length() > 100) {
            problems.put("customerName", Text.of("请填写客户（不超过 100 字）。", "Give the customer (at most 100 characters)."));
        }
        if (f.customerOrganisation() != null && f.customerOrganisation().strip().length() > 200) {
            problems.put("customerOrganisation", Text.of("单位不超过 200 字。",
                    "An organisation takes at most 200 characters."));
        }
        if (!blank(f.customerEmail()) && !EmailAddress.valid(f.customerEmail().strip())) {
            problems.put("customerEmail", Text.of("电子邮箱格式不正确。", "This is not an e-mail address."));
        }
        if (!blank(f.customerPhone()) && !f.customerPhone().strip().matches("[+0-9 ()-]{5,40}")) {
            problems.put("customerPhone", Text.of("电话号码格式不正确。", "This is not a phone number."));
        }
        if (f.purchaseDate() != null && f.purchaseDate().isAfter(today)) {
            problems.put("purchaseDate", Text.of("购买日期不能晚于今天。", "The purchase date cannot be in the future."));
        }
        if (f.installedOn() != null && f.purchaseDate() != null && f.installedOn().isBefore(f.purchaseDate())) {
            problems.put("installedOn", Text.of("安装日期不能早于购买日期。",
                    "An instrument is not installed before it is bought."));
        }
        if (f.place() != null && f.place().strip().length() > 300) {
            problems.put("place", Text.of("所在地不超过 300 字。", "A place takes at most 300 characters."));
        }
        if (f.warrantyMonths() < 0 || f.warrantyMonths() > 240) {
            problems.put("warrantyMonths", Text.of("保修期为 0 到 240 个月。", "A warranty is from 0 to 240 months."));
        }
        return problems;
    }

    /**
     * The sheet's rows as instruments; a row's problems name its number and column. A header missing for a required
     * column makes every row fail there.
     */
    public static List<Row> read(List<String> headers, List<List<String>> rows, ProductLines lines, LocalDate today) {
        Map<Integer, Integer> at = new LinkedHashMap<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            Text column = COLUMNS.get(c);
            for (int h = 0; h < headers.size(); h++) {
                String header = headers.get(h).strip();
                if (header.equalsIgnoreCase(column.zh()) || header.equalsIgnoreCase(column.en())) {
                    at.put(c, h);
                    break;
                }
            }
        }
        List<Row> read = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            List<Text> problems = new ArrayList<>();
            java.util.function.IntFunction<String> cell = c -> at.containsKey(c) && at.get(c) < row.size()
                    ? blankToNull(row.get(at.get(c))) : null;
            LocalDate purchase = date(cell.apply(7), COLUMNS.get(7), problems);
            LocalDate installed = date(cell.apply(9), COLUMNS.get(9), problems);
            String line = cell.apply(2);
            int months = lines.monthsOf(line);
            if (cell.apply(11) != null) {
                try {
                    months = new java.math.BigDecimal(cell.apply(11)).intValueExact();
                } catch (ArithmeticException | NumberFormatException e) {
                    problems.add(Text.of("「保修期（月）」须为整数。", "Warranty (months) must be a whole number."));
                }
            }
            String sold = cell.apply(8);
            boolean soldByUs = sold != null && List.of("是", "yes", "y", "true", "1", "x", "✓")
                    .contains(sold.toLowerCase(Locale.ROOT));
            Instrument.Facts facts = new Instrument.Facts(cell.apply(0), cell.apply(1), line, cell.apply(3),
                    cell.apply(4), cell.apply(5), cell.apply(6), purchase, soldByUs, installed, cell.apply(10),
                    months);
            problems.addAll(problems(facts, today).values());
            read.add(new Row(r + 2, facts, problems));
        }
        return read;
    }

    /** The cells of an instrument as the register's workbook writes them (booleans as 是/yes). */
    public static List<Object> cells(Instrument i, boolean chinese) {
        return java.util.Arrays.asList(i.model(), i.serialNumber(), i.productLine(), i.customerName(),
                i.customerOrganisation(), i.customerEmail(), i.customerPhone(), i.purchaseDate(),
                i.soldByUs() ? (chinese ? "是" : "yes") : (chinese ? "否" : "no"), i.installedOn(), i.place(),
                i.warrantyMonths());
    }

    private static LocalDate date(String text, Text column, List<Text> problems) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text.replace('/', '-'));
        } catch (DateTimeParseException e) {
            problems.add(Text.of("「" + column.zh() + "」须为日期（2026-03-16）。",
                    column.en() + " must be a date (2026-03-16)."));
            return null;
        }
    }

    public static Optional<String> normalised(String s) {
        return Optional.ofNullable(blankToNull(s));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
