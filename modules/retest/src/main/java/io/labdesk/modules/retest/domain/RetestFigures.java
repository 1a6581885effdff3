package io.labdesk.modules.retest.domain;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The dashboard's figures of the cases opened in a period, and which cases each counts ({@link Facet}), so that a
 * number and the list behind it never disagree.
 */
public final class RetestFigures {

    /** What a figure counts; {@code value} narrows CLASS and CAUSE to one class or cause code. */
    public enum Facet { OPENED, INSTITUTION_AT_FAULT, AGREED, CLASS, CAUSE }

    /**
     * Opened; concluded, of which at the institution's fault; with a result, of which agreeing; per class and cause
     * (of those decided).
     */
    public record Summary(long opened, long concluded, long atFault, long compared, long agreed,
                          Map<CauseClass, Long> byClass, Map<String, Long> byCause) {
    }

    private RetestFigures() {
    }

    public static Summary of(List<RetestCase> cases) {
        Map<CauseClass, Long> byClass = new EnumMap<>(CauseClass.class);
        Map<String, Long> byCause = new LinkedHashMap<>();
        for (RetestCase c : cases) {
            if (c.causeClass() != null) {
                byClass.merge(finalOrDecided(c), 1L, Long::sum);
                byCause.merge(c.causeCode(), 1L, Long::sum);
            }
        }
        return new Summary(cases.size(), count(cases, c -> c.finalClass() != null),
                count(cases, matches(Facet.INSTITUTION_AT_FAULT, null)), count(cases, c -> c.overall() != null
                && c.overall() != Comparison.Verdict.NOT_COMPARABLE), count(cases, matches(Facet.AGREED, null)),
                byClass, byCause);
    }

    /** The cases a figure counts. */
    public static Predicate<RetestCase> matches(Facet facet, String value) {
        return switch (facet) {
            case OPENED -> c -> true;
            case INSTITUTION_AT_FAULT -> c -> c.finalClass() == CauseClass.INSTITUTION_AT_FAULT;
            case AGREED -> c -> c.overall() == Comparison.Verdict.AGREES;
            case CLASS -> c -> c.causeClass() != null && finalOrDecided(c).name().equals(value);
            case CAUSE -> c -> c.causeCode() != null && c.causeCode().equals(value);
        };
    }

    private static CauseClass finalOrDecided(RetestCase c) {
        return c.finalClass() != null ? c.finalClass() : c.causeClass();
    }

    private static long count(List<RetestCase> cases, Predicate<RetestCase> p) {
        return cases.stream().filter(p).count();
    }
}
