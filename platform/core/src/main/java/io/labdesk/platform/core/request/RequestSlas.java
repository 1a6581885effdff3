package io.labdesk.platform.core.request;

import io.labdesk.platform.core.sla.SlaClock;
import io.labdesk.platform.core.sla.SlaPolicies;
import io.labdesk.platform.core.sla.SlaPolicy;
import io.labdesk.platform.core.sla.TenantCalendars;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The SLA targets of requests: given on intake from the tenant's policy and calendar, then moved by the workflow —
 * acknowledging meets the acknowledgement target and fixes delivery at the agreed time; the first reply to the
 * customer (asking them or resolving) meets the first-response target; waiting for the customer pauses the rest;
 * resolving meets delivery.
 */
@ApplicationScoped
public class RequestSlas {

    @Inject
    TenantData tenantData;

    @Inject
    SlaPolicies policies;

    @Inject
    TenantCalendars calendars;

    /**
     * The targets a new request is given, with their outcome copied onto the request; the caller persists the
     * request, then the targets (so the request's single INSERT already carries the copy).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<RequestSla> plan(ServiceRequest request) {
        SlaPolicy policy = policies.current();
        SlaClock clock = new SlaClock(calendars.measuringCalendar());
        Instant start = request.receivedAt();
        List<RequestSla> targets = new java.util.ArrayList<>();
        policy.targetsFor(request.typeCode(), request.priority(), request.emergency()).forEach((kind, target) -> {
            Instant due = clock.due(start, target);
            RequestSla sla = new RequestSla(request.id(), kind, target, start, due,
                    clock.warnAt(start, due, target.business(), policy.warningPercent()));
            targets.add(sla);
            request.reportSla(sla);
        });
        return targets;
    }

    /** Applies a workflow move, made at {@code at}, to the request's targets. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(ServiceRequest request, RequestLifecycle.Action action, Instant at) {
        List<RequestSla> targets = of(request.id());
        switch (action) {
            case ACKNOWLEDGE -> {
                meet(targets, SlaPolicy.Kind.ACKNOWLEDGE, at);
                SlaClock clock = new SlaClock(calendars.measuringCalendar());
                int warningPercent = policies.current().warningPercent();
                Instant due = request.agreedDeliveryAt();
                targets.stream().filter(t -> t.kind() == SlaPolicy.Kind.DELIVERY && t.metAt() == null)
                        .forEach(t -> t.reschedule(due, clock.warnAt(t.startedAt(), due, t.business(),
                                warningPercent)));
            }
            case WAIT_FOR_CUSTOMER -> {
                meet(targets, SlaPolicy.Kind.FIRST_RESPONSE, at);
                targets.forEach(t -> t.pause(at));
            }
            case RESUME -> {
                SlaClock clock = new SlaClock(calendars.measuringCalendar());
                targets.forEach(t -> t.resume(clock, at));
            }
            case RESOLVE -> {
                meet(targets, SlaPolicy.Kind.ACKNOWLEDGE, at);
                meet(targets, SlaPolicy.Kind.FIRST_RESPONSE, at);
                meet(targets, SlaPolicy.Kind.DELIVERY, at);
            }
            default -> {
            }
        }
        targets.forEach(request::reportSla);
    }

    /** Fills in the reporting copy on the current tenant's requests that lack it (those from before it was kept). */
    @Transactional
    public int reportMissing() {
        return tenantData.em().createNativeQuery("UPDATE service_request r SET response_due_at = fr.due_at, "
                + "response_met_at = fr.met_at, delivery_due_at = d.due_at, delivery_met_at = d.met_at "
                + "FROM request_sla fr, request_sla d WHERE fr.request_id = r.id AND fr.kind = 'FIRST_RESPONSE' "
                + "AND d.request_id = r.id AND d.kind = 'DELIVERY' AND r.response_due_at IS NULL").executeUpdate();
    }

    private static void meet(List<RequestSla> targets, SlaPolicy.Kind kind, Instant at) {
        targets.stream().filter(t -> t.kind() == kind).forEach(t -> t.meet(at));
    }

    @Transactional
    public List<RequestSla> of(UUID requestId) {
        return tenantData.em().createQuery("SELECT s FROM RequestSla s WHERE s.requestId = :r", RequestSla.class)
                .setParameter("r", requestId).getResultList().stream()
                .sorted(Comparator.comparing(RequestSla::kind)).toList();
    }

    /** The targets of many requests in one query, by request. */
    @Transactional
    public Map<UUID, List<RequestSla>> of(Collection<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return tenantData.em().createQuery("SELECT s FROM RequestSla s WHERE s.requestId IN :r ORDER BY s.kind",
                        RequestSla.class).setParameter("r", requestIds).getResultStream()
                .collect(Collectors.groupingBy(RequestSla::requestId));
    }
}
