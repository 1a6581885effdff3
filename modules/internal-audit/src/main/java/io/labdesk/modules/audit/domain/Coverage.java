package io.labdesk.modules.audit.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a year's programme covers (ISO/IEC 17025 §8.8: every clause and every area in a planned cycle): for each
 * clause or area the months it is audited in, and the gaps — one with no audit in the programme's year, or one
 * left more than twelve months between two audits (its last audit of earlier years counting).
 */
public final class Coverage {

    /** An audit of {@code item} (a clause number or an area code), done or planned, in {@code month}. */
    public record Audited(String item, YearMonth month) {
    }

    public enum Why { NOT_IN_YEAR, INTERVAL }

    /** A gap: the item, why, and its audit before the gap (null when there is none). */
    public record Gap(String item, Why why, YearMonth since) {
    }

    private Coverage() {
    }

    /** Per item (in the order given), the months of {@code year} it is audited in. */
    public static Map<String, TreeSet<Integer>> matrix(List<String> items, Collection<Audited> audits, int year) {
        Map<String, TreeSet<Integer>> matrix = new java.util.LinkedHashMap<>();
        items.forEach(i -> matrix.put(i, new TreeSet<>()));
        audits.stream().filter(a -> a.month().getYear() == year && matrix.containsKey(a.item()))
                .forEach(a -> matrix.get(a.item()).add(a.month().getMonthValue()));
        return matrix;
    }

    public static List<Gap> gaps(List<String> items, Collection<Audited> audits, int year) {
        Map<String, TreeSet<YearMonth>> months = new TreeMap<>();
        audits.stream().filter(a -> a.month().getYear() <= year)
                .forEach(a -> months.computeIfAbsent(a.item(), k -> new TreeSet<>()).add(a.month()));
        List<Gap> gaps = new ArrayList<>();
        for (String item : items) {
            TreeSet<YearMonth> audited = months.getOrDefault(item, new TreeSet<>());
            YearMonth before = audited.lower(YearMonth.of(year, 1));
            List<YearMonth> inYear = audited.tailSet(YearMonth.of(year, 1)).stream().toList();
            if (inYear.isEmpty()) {
                gaps.add(new Gap(item, Why.NOT_IN_YEAR, before));
                continue;
            }
            YearMonth previous = before;
            for (YearMonth month : inYear) {
                if (previous != null && previous.plusMonths(12).isBefore(month)) {
                    gaps.add(new Gap(item, Why.INTERVAL, previous));
                    break;
                }
                previous = month;
            }
        }
        return gaps;
    }
}
