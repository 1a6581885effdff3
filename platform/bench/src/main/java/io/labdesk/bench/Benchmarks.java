package io.labdesk.bench;

import io.labdesk.bench.intake.IntakeCeiling;
import io.labdesk.bench.intake.IntakeLoad;
import io.labdesk.bench.kpi.KpiBenchmark;
import io.labdesk.bench.sla.DeadlineBenchmark;
import io.labdesk.bench.stack.BenchStack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * All of LabDesk's benchmarks in one run, ending with one table: deadline computation (JMH), the KPI dashboard over
 * 1,000,000 requests, REST intake with 64 clients and its ceiling (pgbench replaying the intake's SQL). They report
 * numbers against the goals; they pass or fail nothing.
 */
public final class Benchmarks {

    private record Row(String what, String result, String goal) {
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("labdesk.root", ".")).toAbsolutePath().normalize();
        Path work = root.resolve("platform/bench/target/run");
        List<Row> rows = new ArrayList<>();
        // Which parts to run: deadline, kpi, intake (all when none is named).
        Set<String> parts = args.length == 0 ? Set.of("deadline", "kpi", "intake") : Set.of(args);

        if (parts.contains("deadline")) {
            deadlines(rows);
        }
        if (parts.contains("kpi") || parts.contains("intake")) {
            say("Starting PostgreSQL, Keycloak and WildFly ...");
            try (BenchStack stack = BenchStack.start(root, work)) {
                if (parts.contains("kpi")) {
                    kpis(stack, rows);
                }
                if (parts.contains("intake")) {
                    intake(stack, work, rows);
                }
            }
        }
        print(rows);
    }

    private static void deadlines(List<Row> rows) throws Exception {
        say("Deadline computation (JMH) ...");
        Options options = new OptionsBuilder().include(DeadlineBenchmark.class.getName()).forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(5)
                .measurementTime(TimeValue.seconds(1)).timeUnit(TimeUnit.SECONDS).build();
        List<String> spans = new ArrayList<>();
        for (RunResult r : new Runner(options).run()) {
            spans.add(r.getParams().getParam("span") + " " + millions(r.getPrimaryResult().getScore()));
        }
        rows.add(new Row("Deadline on the China calendar (1 thread)", String.join(", ", spans),
                "≥ 5 M/s per core, flat in span"));
    }

    private static void kpis(BenchStack stack, List<Row> rows) throws Exception {
        say("KPI dashboard: loading 1,000,000 requests in 20 tenants ...");
        KpiBenchmark.Result kpi = KpiBenchmark.run(stack);
        rows.add(new Row(String.format(Locale.ROOT, "KPI data: %,d requests + SLA targets loaded", kpi.requests()),
                String.format(Locale.ROOT, "%.0f s", kpi.loadSeconds()), ""));
        rows.add(new Row("KPI dashboard, a year of 50,000 requests", percentiles(kpi.year().percentileMillis(50),
                kpi.year().percentileMillis(99)), "< 150 ms"));
        rows.add(new Row("KPI dashboard, a month", percentiles(kpi.month().percentileMillis(50),
                kpi.month().percentileMillis(99)), "< 150 ms"));
    }

    private static void intake(BenchStack stack, Path work, List<Row> rows) throws Exception {
        say("REST intake, 64 clients ...");
        IntakeLoad.Result load = IntakeLoad.run(stack, 64, Duration.ofSeconds(10), Duration.ofSeconds(30));
        say("Ceiling: pgbench replaying the intake transaction, 64 clients ...");
        IntakeCeiling.Result ceiling = IntakeCeiling.run(stack, 64, 30, work);
        rows.add(new Row("REST intake, 64 clients", String.format(Locale.ROOT, "%,.0f req/s, %s%s",
                load.perSecond(), percentiles(load.latencies().percentileMillis(50),
                        load.latencies().percentileMillis(99)),
                load.failures() == 0 ? "" : ", " + load.failures() + " failed"), "p99 < 50 ms"));
        rows.add(new Row("Ceiling: pgbench, intake's " + ceiling.statements() + " statements per transaction",
                String.format(Locale.ROOT, "%,.0f tx/s, average %.1f ms", ceiling.transactionsPerSecond(),
                        ceiling.averageMillis()), ""));
        rows.add(new Row("Intake / ceiling", String.format(Locale.ROOT, "%.0f %%",
                100 * load.perSecond() / ceiling.transactionsPerSecond()), "≥ 50 %"));
    }

    private static String millions(double perSecond) {
        return String.format(Locale.ROOT, "%.1f M/s", perSecond / 1e6);
    }

    private static String percentiles(double p50, double p99) {
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", p50, p99);
    }

    private static void print(List<Row> rows) {
        int w1 = rows.stream().mapToInt(r -> r.what().length()).max().orElse(10);
        int w2 = rows.stream().mapToInt(r -> r.result().length()).max().orElse(10);
        String format = "%-" + w1 + "s | %-" + w2 + "s | %s%n";
        System.out.println();
        System.out.printf(format, "benchmark", "result", "goal");
        System.out.println("-".repeat(w1) + "-+-" + "-".repeat(w2) + "-+-" + "-".repeat(30));
        rows.forEach(r -> System.out.printf(format, r.what(), r.result(), r.goal()));
    }

    private static void say(String s) {
        System.out.println("[bench] " + s);
    }
}
