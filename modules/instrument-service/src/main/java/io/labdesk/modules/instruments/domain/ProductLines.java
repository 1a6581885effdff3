package io.labdesk.modules.instruments.domain;

import io.labdesk.platform.api.module.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Warranty months per product line as the institution lists them ({@code ICP-MS=24; GC=18}), the default for any
 * other line. A line is matched ignoring case and surrounding blanks.
 */
public record ProductLines(Map<String, Integer> months, int defaultMonths) {

    public ProductLines {
        months = Map.copyOf(months);
    }

    /** Reads the setting; what cannot be read is named in both languages. */
    public static ProductLines parse(String setting, int defaultMonths) {
        Map<String, Integer> months = new LinkedHashMap<>();
        if (setting != null) {
            for (String entry : setting.split("[;；\\n]+")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] parts = entry.split("[=＝]", 2);
                try {
                    int m = Integer.parseInt(parts[1].strip());
                    if (parts[0].isBlank() || m < 0 || m > 240) {
                        throw new NumberFormatException();
                    }
                    months.put(parts[0].strip().toLowerCase(java.util.Locale.ROOT), m);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(entry.strip());
                }
            }
        }
        return new ProductLines(months, defaultMonths);
    }

    /** What is wrong with the setting, or nothing. */
    public static Optional<Text> problem(String setting) {
        try {
            parse(setting, 12);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(Text.of("无法识别「" + e.getMessage() + "」：请按“产品线=月数”填写，用分号分隔，月数 0–240。",
                    "Cannot read \"" + e.getMessage() + "\": write \"product line=months\", separated by semicolons, "
                            + "months from 0 to 240."));
        }
    }

    public int monthsOf(String productLine) {
        return productLine == null ? defaultMonths
                : months.getOrDefault(productLine.strip().toLowerCase(java.util.Locale.ROOT), defaultMonths);
    }
}
