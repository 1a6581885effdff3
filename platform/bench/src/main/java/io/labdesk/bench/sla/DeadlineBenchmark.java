package io.labdesk.bench.sla;

import io.labdesk.platform.core.sla.BusinessCalendar;
import io.labdesk.platform.core.sla.CalendarTemplates;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deadline computation on the shipped China calendar for spans of an hour, a week and a year of business time:
 * the cost should not grow with the span. Run from the project's root:
 * {@code java -jar platform/bench/target/benchmarks.jar DeadlineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class DeadlineBenchmark {

    @Param({"PT1H", "PT37H30M", "PT1875H"})
    public String span;

    private BusinessCalendar calendar;
    private Duration businessTime;
    private final Instant[] starts = new Instant[1024];
    private int next;

    @Setup
    public void load() throws IOException {
        calendar = CalendarTemplates.read(Path.of(System.getProperty("labdesk.calendar",
                "tenants/calendars/cn-mainland.yaml"))).calendar();
        businessTime = Duration.parse(span);
        Instant base = Instant.parse("2025-01-01T00:00:00Z");
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < starts.length; i++) {
            starts[i] = base.plusSeconds(random.nextInt(600 * 86_400));
        }
    }

    @Benchmark
    public Instant deadline() {
        return calendar.deadline(starts[next++ & 1023], businessTime);
    }
}
