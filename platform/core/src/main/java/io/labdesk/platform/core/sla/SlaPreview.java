package io.labdesk.platform.core.sla;

import io.labdesk.platform.api.request.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a policy (stored or still being edited) would promise a request received at a given moment, on the
 * tenant's own calendar: "received Fri 16:30 → first response due Tue 10:30".
 */
@ApplicationScoped
public class SlaPreview {

    @Inject
    TenantCalendars calendars;

    public record Due(SlaPolicy.Kind kind, SlaClock.Target target, Instant due) {
    }

    @Transactional
    public List<Due> preview(SlaPolicy policy, String type, Priority priority, boolean emergency, Instant received) {
        SlaClock clock = new SlaClock(calendars.measuringCalendar());
        return policy.targetsFor(type, priority, emergency).entrySet().stream()
                .map(e -> new Due(e.getKey(), e.getValue(), clock.due(received, e.getValue()))).toList();
    }

    @Transactional
    public ZoneId zone() {
        return calendars.measuringCalendar().zone();
    }
}
