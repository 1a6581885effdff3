package io.labdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.labdesk.platform.api.tenant.TenantOwned;
import io.labdesk.platform.core.request.Attachments;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantDirectory;
import io.labdesk.platform.core.tenant.TenantTransactions;
import io.labdesk.platform.core.tracking.TrackingLinks;
import io.labdesk.testkit.IsolationRecords;
import io.labdesk.testkit.LabDeskDeployment;
import jakarta.inject.Inject;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: for every tenant-owned entity the JPA metamodel knows (so new entities are covered without
 * new tests), tenant A's work cannot list, read, update or delete tenant B's rows. Needs at least one row of each
 * such entity in both demo tenants: modules give theirs through {@link IsolationRecords}.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Deployment
    static WebArchive deployment() {
        return LabDeskDeployment.inContainer(TenantIsolationIT.class);
    }

    @Inject
    TenantTransactions transactions;

    @Inject
    TenantData tenantData;

    @Inject
    TenantDirectory directory;

    @Inject
    TrackingLinks trackingLinks;

    @Inject
    Attachments attachments;

    @Inject
    io.labdesk.platform.api.deadline.TrackedDeadlines deadlines;

    @Test
    void noTenantOwnedEntityOfBIsReachableWhileWorkingForA() {
        UUID a = directory.findBySlug("donghu-atc").orElseThrow().id();
        UUID b = directory.findBySlug("hengzhun-cal").orElseThrow().id();
        List<EntityType<?>> owned = transactions.inTenant(a, () -> tenantData.em().getMetamodel().getEntities().stream()
                .filter(e -> TenantOwned.class.isAssignableFrom(e.getJavaType())).toList());
        assertFalse(owned.isEmpty(), "no tenant-owned entities found");
        for (UUID tenant : List.of(a, b)) {
            attachAFile(tenant);
            transactions.inTenant(tenant, () -> {
                // Plug-in modules' rows (the test-only probe's among them), so their entities are covered like the
                // platform's: written as the application under the tenant's row-level security.
                for (String statement : IsolationRecords.all(tenant)) {
                    tenantData.em().createNativeQuery(statement).executeUpdate();
                }
                // The platform's tracked deadlines have no demo data.
                deadlines.start(io.labdesk.platform.api.deadline.DeadlinePlan.of("probe", UUID.randomUUID(), "SEED")
                        .says("P-SEED", io.labdesk.platform.api.module.Text.of("隔离", "isolation"),
                                io.labdesk.platform.api.module.Text.of("隔离", "isolation"))
                        .lasting(java.time.Instant.now(), java.time.Duration.ofDays(30), false).build());
                // The register of corrective actions has no demo data either.
                UUID action = UUID.randomUUID();
                tenantData.em().createNativeQuery("INSERT INTO corrective_action (id, tenant_id, number, kind, "
                        + "source_module, problem, status, raised_at, raised_by) VALUES (?, ?, ?, 'PREVENTIVE', "
                        + "'test', 'isolation', 'OPEN', now(), 'test')").setParameter(1, action).setParameter(2, tenant)
                        .setParameter(3, "CA-1999-" + tenant.toString().substring(0, 4)).executeUpdate();
                tenantData.em().createNativeQuery("INSERT INTO corrective_action_step (id, tenant_id, action_id, "
                        + "description, owner, due_on) VALUES (?, ?, ?, 'isolation', 'test', current_date)")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, tenant).setParameter(3, action)
                        .executeUpdate();
                // Nor quotes and refunds.
                UUID quote = UUID.randomUUID();
                tenantData.em().createNativeQuery("INSERT INTO quote (id, tenant_id, number, source_module, source_id, "
                        + "source_reference, currency, total, status, issued_at, issued_by) VALUES (?, ?, ?, 'test', ?, "
                        + "'isolation', 'CNY', 1, 'AWAITING_ANSWER', now(), 'test')").setParameter(1, quote)
                        .setParameter(2, tenant).setParameter(3, "QT-1999-" + tenant.toString().substring(0, 4))
                        .setParameter(4, UUID.randomUUID()).executeUpdate();
                tenantData.em().createNativeQuery("INSERT INTO quote_line (id, tenant_id, quote_id, position, "
                        + "description, quantity, unit_price) VALUES (?, ?, ?, 1, 'isolation', 1, 1)")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, tenant).setParameter(3, quote)
                        .executeUpdate();
                tenantData.em().createNativeQuery("INSERT INTO refund (id, tenant_id, number, source_module, source_id, "
                        + "source_reference, amount, currency, reason, status, owed_since, owed_by) VALUES (?, ?, ?, "
                        + "'test', ?, 'isolation', 1, 'CNY', 'isolation', 'OWED', now(), 'test')")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, tenant)
                        .setParameter(3, "RF-1999-" + tenant.toString().substring(0, 4))
                        .setParameter(4, UUID.randomUUID()).executeUpdate();
                // Nor institutions' own wording of letters.
                tenantData.em().createNativeQuery("INSERT INTO letter_template (id, tenant_id, module, name, language, "
                        + "body) VALUES (?, ?, 'test', 'isolation', 'zh-CN', 'isolation') ON CONFLICT DO NOTHING")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, tenant).executeUpdate();
                tenantData.em().createNativeQuery("INSERT INTO record_counter (tenant_id, kind, year, last_number) VALUES "
                        + "(?, 'QT', 1999, 1) ON CONFLICT DO NOTHING").setParameter(1, tenant).executeUpdate();
                // Nor mailboxes (one per institution; a test may have set it up already).
                tenantData.em().createNativeQuery("INSERT INTO institution_mailbox (id, tenant_id, host, port, username, "
                        + "folder, address, poll_minutes, enabled, request_type, closed_reply) VALUES (?, ?, "
                        + "'imap.invalid', 993, 'isolation', 'INBOX', 'isolation@example.org', 60, false, "
                        + "'TECHNICAL_QUESTION', 'REOPEN') ON CONFLICT DO NOTHING").setParameter(1, UUID.randomUUID()).setParameter(2, tenant)
                        .executeUpdate();
                return null;
            });
        }
        assertTrue(owned.stream().anyMatch(e -> e.getName().equals("ProbeNote")),
                "a module's entity is part of the persistence unit");

        for (EntityType<?> entity : owned) {
            String name = entity.getName();
            String idAttribute = entity.getId(entity.getIdType().getJavaType()).getName();
            String table = entity.getJavaType().getAnnotation(Table.class).name();
            List<Object> idsOfB = transactions.inTenant(b, () -> tenantData.em()
                    .createQuery("SELECT e." + idAttribute + " FROM " + name + " e", Object.class).getResultList());
            assertFalse(idsOfB.isEmpty(), name + ": the demo tenant hengzhun-cal needs at least one row (a module "
                    + "gives its rows through IsolationRecords)");
            Object idOfB = idsOfB.get(0);

            transactions.inTenant(a, () -> {
                List<Object> listed = tenantData.em()
                        .createQuery("SELECT e." + idAttribute + " FROM " + name + " e", Object.class).getResultList();
                assertTrue(listed.stream().noneMatch(idsOfB::contains), name + ": A lists B's rows");
                assertNull(tenantData.em().find(entity.getJavaType(), idOfB), name + ": A reads B's row by id");
                assertEquals(0, tenantData.em().createQuery("SELECT count(e) FROM " + name + " e WHERE e."
                        + idAttribute + " = :id", Long.class).setParameter("id", idOfB).getSingleResult(),
                        name + ": A counts B's row");
                return null;
            });
            // A statement the application role may not run at all is refused; one it may run finds nothing of B's.
            boolean mayUpdate = privilege(a, table, "UPDATE");
            boolean mayDelete = privilege(a, table, "DELETE");
            java.util.function.Supplier<Integer> update = () -> tenantData.em().createNativeQuery("UPDATE " + table
                    + " SET tenant_id = tenant_id WHERE id = :id").setParameter("id", idOfB).executeUpdate();
            java.util.function.Supplier<Integer> delete = () -> tenantData.em().createQuery("DELETE FROM " + name
                    + " e WHERE e." + idAttribute + " = :id").setParameter("id", idOfB).executeUpdate();
            assertEquals(mayUpdate ? 0 : REFUSED, changedRows(a, update), name + ": A updates B's row");
            if (mayUpdate) {
                assertEquals(1, changedRows(b, update), name + ": the same update finds the row in B");
            }
            assertEquals(mayDelete ? 0 : REFUSED, changedRows(a, delete), name + ": A deletes B's row");

            long stillThere = transactions.inTenant(b, () -> tenantData.em().createQuery("SELECT count(e) FROM "
                    + name + " e WHERE e." + idAttribute + " = :id", Long.class).setParameter("id", idOfB)
                    .getSingleResult());
            assertEquals(1, stillThere, name + ": B's row must be untouched");
        }
    }

    /** Demo requests come without files: give one of the tenant's requests a file, so attachments are covered. */
    private void attachAFile(UUID tenant) {
        transactions.inTenant(tenant, () -> {
            UUID request = tenantData.em().createQuery("SELECT r.id FROM ServiceRequest r ORDER BY r.number",
                    UUID.class).setMaxResults(1).getSingleResult();
            attachments.attach(request, Attachments.check(List.of(new Attachments.Upload("note.txt", "text/plain",
                    "isolation".getBytes(java.nio.charset.StandardCharsets.UTF_8)))), "test");
            return null;
        });
    }

    /** What {@link #changedRows} answers for a statement PostgreSQL refused outright ("permission denied"). */
    private static final int REFUSED = -1;

    /** Rows changed by {@code change} in its own transaction for {@code tenant}, or {@link #REFUSED}. */
    private int changedRows(UUID tenant, java.util.function.Supplier<Integer> change) {
        try {
            return transactions.inTenant(tenant, change);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getMessage() != null && t.getMessage().contains("permission denied")) {
                    return REFUSED;
                }
            }
            throw e;
        }
    }

    /** Whether the application's database role holds {@code privilege} on {@code table}. */
    private boolean privilege(UUID tenant, String table, String privilege) {
        return transactions.inTenant(tenant, () -> (Boolean) tenantData.em().createNativeQuery(
                "SELECT has_table_privilege(current_user, ?, ?)").setParameter(1, table).setParameter(2, privilege)
                .getSingleResult());
    }

    @Test
    void aTrackingLinkOpensItsOwnTenantOnlyAndUnknownTokensOpenNothing() {
        UUID a = directory.findBySlug("donghu-atc").orElseThrow().id();
        String token = TenantContext.runAs(a, () -> trackingLinks.issue("test:link"));

        assertEquals(a, trackingLinks.resolve(token).orElseThrow().tenantId());
        assertEquals("test:link", trackingLinks.resolve(token).orElseThrow().subject());
        assertTrue(trackingLinks.resolve(token.substring(1) + "x").isEmpty());
        assertTrue(trackingLinks.resolve("short").isEmpty());
        assertEquals(43, token.length());
    }

    @Test
    void withoutATenantNoTenantOwnedRowIsVisible() {
        long members = transactions.newTransaction(() -> tenantData.em()
                .createQuery("SELECT count(m) FROM TenantMember m", Long.class).getSingleResult());
        assertEquals(0, members);
    }
}
