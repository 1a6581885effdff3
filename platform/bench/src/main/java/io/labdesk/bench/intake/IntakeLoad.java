package io.labdesk.bench.intake;

import io.labdesk.bench.stack.BenchStack;
import io.labdesk.bench.stack.Latencies;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * REST intake under load: {@code clients} authenticated clients each post requests one after another
 * ({@code POST /api/v1/requests} with an idempotency key, a new customer each time) for a fixed time after a
 * warm-up; every answer must be 201.
 */
public final class IntakeLoad {

    public record Result(int clients, double seconds, long requests, long failures, double perSecond,
                         Latencies latencies) {
    }

    private IntakeLoad() {
    }

    static String body(String tag) {
        return """
                {"type":"CONSULTATION","channel":"PHONE","subject":"检测周期咨询 %s",
                 "description":"常规水质全分析需要几个工作日？","organisation":"基准测试客户",
                 "contactName":"测试客户","contactEmail":"%s@load.bench.example"}""".formatted(tag, tag);
    }

    static HttpRequest post(BenchStack stack, String token, String tag) {
        return HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/api/v1/requests"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body(tag))).build();
    }

    public static Result run(BenchStack stack, int clients, Duration warmUp, Duration measured) throws Exception {
        String token = stack.accessToken("li.na");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long warmEnd = System.nanoTime() + warmUp.toNanos();
        long end = warmEnd + measured.toNanos();
        Latencies latencies = new Latencies();
        AtomicLong failures = new AtomicLong();
        AtomicLong counted = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().start(() -> {
                Latencies mine = new Latencies();
                for (long n = 0; System.nanoTime() < end; n++) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(post(stack, token, "c" + client + "n" + n),
                                HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - start;
                        if (start >= warmEnd && System.nanoTime() <= end) {
                            if (response.statusCode() == 201) {
                                mine.add(took);
                                counted.incrementAndGet();
                            } else {
                                failures.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                latencies.addAll(mine);
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = measured.toNanos() / 1e9;
        return new Result(clients, seconds, counted.get(), failures.get(), counted.get() / seconds, latencies);
    }
}
