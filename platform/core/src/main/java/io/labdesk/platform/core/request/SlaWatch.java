package io.labdesk.platform.core.request;

import io.labdesk.platform.api.event.SlaAlert;
import io.labdesk.platform.api.sla.SlaState;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantSweep;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Finds SLA targets that turned at risk or breached and tells the people concerned, once per state. It claims the
 * targets with {@code FOR UPDATE SKIP LOCKED} and marks them in the same transaction as the messages it leaves in
 * the outbox: several nodes share the work without warning twice, and a restart resumes where it stopped.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaWatch {

    private static final int BATCH = 100;

    @Inject
    TenantSweep sweep;

    @Inject
    TenantData tenantData;

    @Inject
    RequestNotices notices;

    @Inject
    Event<SlaAlert> alerts;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void round() {
        sweep.run("The SLA watch", running, BATCH, this::checkBatch);
    }

    private int checkBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = tenantData.em().createNativeQuery("SELECT id FROM request_sla WHERE met_at IS NULL "
                + "AND paused_since IS NULL AND NOT breach_notified "
                + "AND ((warn_at <= now() AND NOT at_risk_notified) OR due_at <= now()) "
                + "ORDER BY warn_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED", UUID.class).getResultList();
        Instant now = Instant.now();
        UUID tenant = TenantContext.current().orElseThrow().tenantId();
        for (UUID id : ids) {
            RequestSla target = tenantData.em().find(RequestSla.class, id);
            ServiceRequest request = tenantData.em().find(ServiceRequest.class, target.requestId());
            SlaState state = target.state(now);
            if (state == SlaState.BREACHED) {
                target.markBreachNotified();
            } else if (state == SlaState.AT_RISK && !target.atRiskNotified()) {
                target.markAtRiskNotified();
            } else {
                continue;
            }
            notices.slaAlert(request, target, state);
            alerts.fire(new SlaAlert(tenant, request.id(), request.number(), target.kind().name(), state,
                    target.dueAt()));
        }
        return ids.size();
    }
}
