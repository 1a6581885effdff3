package io.labdesk.platform.core.deadline;

import io.labdesk.platform.api.event.DeadlineAlert;
import io.labdesk.platform.api.sla.SlaState;
import io.labdesk.platform.core.module.ModuleStates;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantTransactions;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one watch over every module's tracked deadlines. Each round asks the platform table {@code deadline_alarm}
 * (ids and instants only, indexed on the instant) which active institutions have something due, then works each of
 * them under its row-level security: claims the due deadlines with {@code FOR UPDATE SKIP LOCKED}, warns once per
 * state through the outbox and fires {@link DeadlineAlert}, in one transaction. Servers share the work without
 * warning twice; an institution with nothing due costs nothing. A disabled module's deadlines are passed over
 * silently, as its observers are.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());
    private static final int BATCH = 100;

    @PersistenceContext(unitName = "labdesk")
    EntityManager em;

    @Inject
    TenantTransactions transactions;

    @Inject
    TenantData tenantData;

    @Inject
    ModuleStates modules;

    @Inject
    DeadlineWarnings warnings;

    @Inject
    Event<DeadlineAlert> alerts;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The deadline watch failed; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }

    /** One pass over every institution with something due; answers how many warnings it gave. */
    public int sweep() {
        int warned = 0;
        for (UUID tenant : transactions.newTransaction(this::dueTenants)) {
            int[] handled;
            do {
                handled = transactions.inTenant(tenant, () -> batch(tenant));
                warned += handled[1];
            } while (handled[0] == BATCH);
        }
        return warned;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> dueTenants() {
        return em.createNativeQuery("SELECT a.tenant FROM deadline_alarm a JOIN tenant t ON t.id = a.tenant "
                + "WHERE a.alert_at <= now() AND t.status = 'ACTIVE' GROUP BY a.tenant ORDER BY min(a.alert_at)",
                UUID.class).getResultList();
    }

    /** Claims and warns one batch of the current institution: {claimed, warned}. */
    private int[] batch(UUID tenant) {
        @SuppressWarnings("unchecked")
        List<StoredDeadline> due = tenantData.em().createNativeQuery("SELECT * FROM tracked_deadline "
                + "WHERE next_alert_at <= now() ORDER BY next_alert_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED",
                StoredDeadline.class).getResultList();
        Instant now = Instant.now();
        DeadlineWarnings.Round round = null;
        int warned = 0;
        for (StoredDeadline d : due) {
            SlaState state = d.state(now);
            boolean owed = d.markWarned(state);
            if (owed && modules.enabledIn(tenant, d.module())) {
                round = round != null ? round : warnings.round();
                round.send(d, state);
                alerts.fire(new DeadlineAlert(tenant, d.module(), d.subject(), d.reference(), d.name(), state,
                        d.dueAt()));
                warned++;
            }
        }
        return new int[] {due.size(), warned};
    }
}
