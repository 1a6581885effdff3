package io.labdesk.it.probe;

import io.labdesk.platform.api.data.TenantStore;
import io.labdesk.platform.api.module.ModuleEvent;
import io.labdesk.platform.api.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The probe's notes, in its own tenant-owned table. */
@ApplicationScoped
public class ProbeNotes {

    @Inject
    TenantStore store;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Event<ModuleEvent> events;

    @Transactional
    public void add(UUID tenantId, String kind, String text) {
        UUID id = UUID.randomUUID();
        store.entityManager().createNativeQuery(
                        "INSERT INTO probe_note (id, tenant_id, kind, text, created_at) VALUES (?, ?, ?, ?, now())")
                .setParameter(1, id).setParameter(2, tenantId).setParameter(3, kind).setParameter(4, text)
                .executeUpdate();
        if (kind.equals("note")) {
            events.fire(new ModuleEvent(tenantId, ProbeModule.ID, "note-added", id, Map.of("text", text)));
        }
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> list(int limit) {
        return store.entityManager().createNativeQuery(
                        "SELECT kind || ':' || text FROM probe_note ORDER BY created_at DESC, text LIMIT ?")
                .setParameter(1, limit).getResultList();
    }

    public UUID tenant() {
        return currentTenant.id().orElseThrow();
    }
}
