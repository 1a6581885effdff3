package io.labdesk.platform.api.module;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module shows on the institution's dashboard for the period chosen there: numbers (a rate against its goal,
 * a count) and breakdowns drawn as bar charts, each leading to the module's own list of the records behind it.
 * Shown, and offered over the API, only to tenants that enabled the module and to staff holding {@link #permission()}.
 */
public interface DashboardFigures {

    Text title();

    /** One of the module's permissions, or null for all staff. */
    String permission();

    /**
     * The figures for the whole days from {@code from} up to, not including, {@code until}, in the tenant's time
     * zone. Links carry the same period as {@code from} and {@code until} query parameters.
     */
    Section of(LocalDate from, LocalDate until);

    record Section(List<Figure> figures, List<Breakdown> breakdowns) {

        public Section {
            figures = List.copyOf(figures);
            breakdowns = List.copyOf(breakdowns);
        }
    }

    /**
     * A number with its label; {@code detail} a line under it (what it counts, the goal); {@code good} whether it
     * meets its goal (null: no goal); {@code link} the module view that lists the records behind it, with its query.
     */
    record Figure(String id, Text label, String value, Text detail, Boolean good, String link) {
    }

    /** A bar chart: one bar per kind, each with its count and the list behind it. */
    record Breakdown(String id, Text title, List<Bar> bars) {

        public Breakdown {
            bars = List.copyOf(bars);
        }
    }

    record Bar(Text label, long count, String link) {
    }
}
