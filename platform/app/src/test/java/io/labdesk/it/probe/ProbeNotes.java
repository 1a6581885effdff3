package io.labdesk.it.probe;

import io.labdesk.platform.api.data.LikePattern;
import io.labdesk.platform.api.data.TenantStore;
import io.labdesk.platform.api.module.ModuleEvent;
import io.labdesk.platform.api.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        ProbeNote note = new ProbeNote(kind, text);
        store.entityManager().persist(note);
        UUID id = note.id();
        if (kind.equals("note")) {
            events.fire(new ModuleEvent(tenantId, ProbeModule.ID, "note-added", id, Map.of("text", text)));
        }
    }

    @Transactional
    public List<String> list(int limit) {
        return store.entityManager().createQuery(
                        "SELECT n FROM ProbeNote n ORDER BY n.createdAt DESC, n.text", ProbeNote.class)
                .setMaxResults(limit).getResultStream().map(n -> n.kind() + ":" + n.text()).toList();
    }

    /** The notes that name a request number (what its observers and its public form wrote), oldest first. */
    @Transactional
    public List<String> about(String number) {
        return store.entityManager().createQuery("SELECT n FROM ProbeNote n WHERE lower(n.text) LIKE :n"
                        + LikePattern.ESCAPE + " ORDER BY n.createdAt, n.text", ProbeNote.class)
                .setParameter("n", LikePattern.containing(number)).setMaxResults(20).getResultStream()
                .map(n -> n.kind() + ":" + n.text()).toList();
    }

    /** How many notes of each kind, by kind. */
    @Transactional
    public Map<String, Long> countByKind() {
        Map<String, Long> counts = new TreeMap<>();
        store.entityManager().createQuery("SELECT n.kind, count(n) FROM ProbeNote n GROUP BY n.kind", Object[].class)
                .getResultList().forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    public UUID tenant() {
        return currentTenant.id().orElseThrow();
    }
}
