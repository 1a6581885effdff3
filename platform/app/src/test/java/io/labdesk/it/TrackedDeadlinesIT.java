package io.labdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.labdesk.platform.api.deadline.DeadlinePlan;
import io.labdesk.platform.api.deadline.Recipients;
import io.labdesk.platform.api.deadline.Timeliness;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.deadline.TrackedDeadlines;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.SlaState;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.deadline.DeadlineWatch;
import io.labdesk.platform.core.module.ModuleStates;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantDirectory;
import io.labdesk.platform.core.tenant.TenantTransactions;
import io.labdesk.testkit.LabDeskDeployment;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: the platform's tracked deadlines as a module uses them (here the test-only probe module, switched
 * on for the test), and the one watch that warns of them, also when two sweeps race as two servers would.
 */
@ExtendWith(ArquillianExtension.class)
class TrackedDeadlinesIT {

    @Deployment
    static WebArchive deployment() {
        return LabDeskDeployment.inContainer(TrackedDeadlinesIT.class);
    }

    @Inject
    TrackedDeadlines deadlines;

    @Inject
    DeadlineWatch watch;

    @Inject
    TenantTransactions transactions;

    @Inject
    TenantData tenantData;

    @Inject
    TenantDirectory directory;

    @Inject
    ModuleStates modules;

    private UUID tenant;
    private boolean probeWasOn;

    @BeforeEach
    void probeOn() {
        tenant = directory.findBySlug("donghu-atc").orElseThrow().id();
        probeWasOn = modules.enabledIn(tenant, "probe");
        switchProbe(true);
    }

    @AfterEach
    void probeAsItWas() {
        switchProbe(probeWasOn);
    }

    @Test
    void twoBreachesGiveExactlyTwoWarningsAndTwoAlertsEvenWithTwoSweepsRacing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Instant threeHoursAgo = Instant.now().minus(Duration.ofHours(3));
        inTenant(() -> {
            deadlines.start(plan(first, "P-" + run + "-1", threeHoursAgo, Duration.ofHours(1)));
            deadlines.start(plan(second, "P-" + run + "-2", threeHoursAgo, Duration.ofHours(2)));
        });

        // Two sweeps at once, as two servers would run them (the server's own timer may join in too).
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sweeps = servers.invokeAll(List.of(() -> {
                together.await(30, TimeUnit.SECONDS);
                return watch.sweep();
            }, () -> {
                together.await(30, TimeUnit.SECONDS);
                return watch.sweep();
            }), 2, TimeUnit.MINUTES);
            for (Future<Integer> sweep : sweeps) {
                sweep.get();
            }
        } finally {
            servers.shutdownNow();
        }
        watch.sweep(); // and a later round finds nothing more to say

        assertEquals(2, count("SELECT count(*) FROM notification WHERE topic = 'deadline-breached' AND subject_id IN (?, ?)",
                first, second), "one breach warning each, to the quality manager");
        assertEquals(0L, count("SELECT count(*) FROM notification WHERE topic = 'deadline-at-risk' AND subject_id IN (?, ?)",
                first, second), "found past due: no at-risk warning owed");
        assertEquals(2, count("SELECT count(*) FROM probe_note WHERE kind = 'deadline' AND text LIKE ?",
                "P-" + run + "%"), "the module observed each breach once");
        String subject = inTenant(() -> (String) tenantData.em().createNativeQuery("SELECT subject FROM notification "
                + "WHERE subject_id = ? AND topic = 'deadline-breached'").setParameter(1, first).getSingleResult());
        assertTrue(subject.startsWith("[P-" + run + "-1] 已超时：答复"), subject);
        assertEquals(0L, count("SELECT count(*) FROM deadline_alarm WHERE deadline_id IN (SELECT id FROM tracked_deadline "
                + "WHERE subject_id IN (?, ?))", first, second), "nothing left to watch");
    }

    @Test
    void aDeadlineIsPausedResumedAndMetAndCountsForItsNameInThePeriod() {
        UUID subject = UUID.randomUUID();
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
        inTenant(() -> deadlines.start(plan(subject, "P-PAUSE", start, Duration.ofHours(4))));
        Instant due = only(subject).due();
        assertEquals(start.plus(Duration.ofHours(4)), due);
        assertEquals(1, alarms(subject), "watched from its warning on");

        inTenant(() -> deadlines.pause(subject, start.plus(Duration.ofHours(1))));
        assertEquals(SlaState.PAUSED, only(subject).state());
        assertEquals(0L, alarms(subject), "nothing to watch while paused");
        inTenant(() -> deadlines.resume(subject, start.plus(Duration.ofHours(3))));
        assertEquals(due.plus(Duration.ofHours(2)), only(subject).due(), "moved on by the two hours paused");

        inTenant(() -> deadlines.meet(subject, "REPLY", start.plus(Duration.ofHours(3))));
        assertEquals(SlaState.MET, only(subject).state());
        assertEquals(0L, alarms(subject));
        List<Timeliness> period = inTenant(() -> deadlines.timeliness("probe", start.minusSeconds(1),
                start.plusSeconds(1)));
        assertEquals(List.of(new Timeliness("REPLY", 1, 1)), period);

        inTenant(() -> deadlines.cancel(subject, "REPLY"));
        assertTrue(inTenant(() -> deadlines.of(subject)).isEmpty(), "a cancelled deadline leaves the lists");
    }

    @Test
    void theWatchReadsAcrossInstitutionsOnlyIdsAndInstants() {
        assertEquals(List.of("alert_at", "deadline_id", "tenant"), inTenant(() -> tenantData.em().createNativeQuery(
                "SELECT column_name::text FROM information_schema.columns WHERE table_name = 'deadline_alarm' "
                        + "ORDER BY column_name").getResultList()));
    }

    private DeadlinePlan plan(UUID subject, String reference, Instant start, Duration length) {
        return DeadlinePlan.of("probe", subject, "REPLY").says(reference, Text.of("答复", "the reply"),
                        Text.of("探针记录 " + reference, "Probe record " + reference)).link("probe")
                .lasting(start, length, false)
                .warn(Recipients.roles(TenantRole.QUALITY_MANAGER), Recipients.none()).build();
    }

    private TrackedDeadline only(UUID subject) {
        List<TrackedDeadline> of = inTenant(() -> deadlines.of(subject));
        assertEquals(1, of.size());
        return of.get(0);
    }

    private long alarms(UUID subject) {
        return count("SELECT count(*) FROM deadline_alarm a JOIN tracked_deadline d ON d.id = a.deadline_id "
                + "WHERE d.subject_id = ?", subject);
    }

    private long count(String sql, Object... params) {
        return inTenant(() -> {
            var query = tenantData.em().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private void switchProbe(boolean on) {
        inTenant(() -> tenantData.em().createNativeQuery("INSERT INTO tenant_module (id, tenant_id, module_id, enabled, "
                + "changed_at, changed_by) VALUES (gen_random_uuid(), ?, 'probe', ?, now(), 'test') "
                + "ON CONFLICT (tenant_id, module_id) DO UPDATE SET enabled = EXCLUDED.enabled")
                .setParameter(1, tenant).setParameter(2, on).executeUpdate());
        modules.forget(tenant);
    }

    private void inTenant(Runnable work) {
        transactions.inTenant(tenant, () -> {
            work.run();
            return null;
        });
    }

    private <T> T inTenant(java.util.function.Supplier<T> work) {
        return transactions.inTenant(tenant, work);
    }
}
