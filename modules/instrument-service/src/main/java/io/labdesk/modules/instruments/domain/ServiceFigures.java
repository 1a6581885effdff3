package io.labdesk.modules.instruments.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The dashboard's figures of the cases opened in a period: how many, the share charged, by kind and by way, and the
 * repair cycles (parts ordered or sent to the factory until the work was done) as median and 90th percentile in
 * days, to set against their targets.
 */
public final class ServiceFigures {

    private ServiceFigures() {
    }

    /** What a figure counts, for the list behind it. */
    public enum Facet { OPENED, CHARGEABLE, KIND, WAY, VISITED }

    /** A cycle's spread: how many were done, their median and 90th percentile in days (null when none). */
    public record Cycles(int done, Double medianDays, Double p90Days) {
    }

    /**
     * {@code visited}: cases done by a visit on site; {@code firstVisitFixed}: those fixed on the first visit, without
     * waiting for parts or a longer cycle.
     */
    public record Summary(long opened, long chargeable, Map<CaseKind, Long> byKind, Map<Way, Long> byWay,
                          Cycles partsRepair, Cycles factoryReturn, long visited, long firstVisitFixed) {
    }

    public static Summary of(List<ServiceCase> cases) {
        Map<CaseKind, Long> byKind = new EnumMap<>(CaseKind.class);
        Map<Way, Long> byWay = new EnumMap<>(Way.class);
        List<Double> parts = new ArrayList<>();
        List<Double> factory = new ArrayList<>();
        long chargeable = 0;
        long visited = 0;
        long firstVisitFixed = 0;
        for (ServiceCase c : cases) {
            if (c.doneAt() != null && c.way() != null && c.way().onSite()) {
                visited++;
                if (c.partsOrderedAt() == null && c.longerCycleToldAt() == null) {
                    firstVisitFixed++;
                }
            }
            byKind.merge(c.kind(), 1L, Long::sum);
            if (c.way() != null) {
                byWay.merge(c.way(), 1L, Long::sum);
            }
            if (c.chargeable()) {
                chargeable++;
            }
            if (c.doneAt() != null && c.partsOrderedAt() != null) {
                parts.add(days(c.partsOrderedAt(), c.doneAt()));
            }
            if (c.doneAt() != null && c.factorySentAt() != null) {
                factory.add(days(c.factorySentAt(), c.doneAt()));
            }
        }
        return new Summary(cases.size(), chargeable, byKind, byWay, cycles(parts), cycles(factory), visited,
                firstVisitFixed);
    }

    public static Predicate<ServiceCase> matches(Facet facet, String value) {
        return switch (facet) {
            case OPENED -> c -> true;
            case CHARGEABLE -> ServiceCase::chargeable;
            case KIND -> c -> c.kind().name().equals(value);
            case WAY -> c -> c.way() != null && c.way().name().equals(value);
            case VISITED -> c -> c.doneAt() != null && c.way() != null && c.way().onSite();
        };
    }

    /** The {@code p}-th percentile (0–100) of the values, by the nearest rank; null when there are none. */
    public static Double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static Cycles cycles(List<Double> days) {
        return new Cycles(days.size(), percentile(days, 50), percentile(days, 90));
    }

    private static double days(Instant from, Instant until) {
        return Math.round(Duration.between(from, until).toMinutes() / 144.0) / 10.0;
    }
}
