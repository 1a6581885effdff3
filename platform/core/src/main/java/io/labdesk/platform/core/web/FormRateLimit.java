package io.labdesk.platform.core.web;

import io.labdesk.platform.core.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests one client (address) may file through one institution's public form per hour
 * ({@code LABDESK_PUBLIC_FORM_PER_HOUR}, default 10): enough for a real customer, too few for a flood. Kept per node.
 */
@ApplicationScoped
public class FormRateLimit {

    private static final Duration WINDOW = Duration.ofHours(1);
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    /** Counts a submission and says whether it is within the limit. */
    public boolean allow(String tenantSlug, String client) {
        int limit = Setting.PUBLIC_FORM_PER_HOUR.value().map(Integer::parseInt).orElse(10);
        Instant now = Instant.now();
        Deque<Instant> times = recent.computeIfAbsent(tenantSlug + "|" + client, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
        }
        if (recent.size() > 100_000) {
            recent.entrySet().removeIf(e -> e.getValue().isEmpty());
        }
        return true;
    }
}
