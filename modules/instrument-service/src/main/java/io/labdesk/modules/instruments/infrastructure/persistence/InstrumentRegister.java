package io.labdesk.modules.instruments.infrastructure.persistence;

import io.labdesk.modules.instruments.domain.CaseStatus;
import io.labdesk.modules.instruments.domain.Instrument;
import io.labdesk.modules.instruments.domain.InstrumentPart;
import io.labdesk.modules.instruments.domain.MaintenancePlan;
import io.labdesk.modules.instruments.domain.ServiceCase;
import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.LikePattern;
import io.labdesk.platform.api.data.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The institution's instruments, their fitted parts and its service cases in PostgreSQL: one by id (not found, also
 * for another institution's), one to change at the version the user saw, the change written at once so that a
 * concurrent edit shows as such, and searches.
 */
@ApplicationScoped
public class InstrumentRegister {

    @Inject
    TenantStore store;

    public Instrument instrument(UUID id) {
        return Optional.ofNullable(store.entityManager().find(Instrument.class, id))
                .orElseThrow(NotFoundException::new);
    }

    public Instrument instrumentAt(UUID id, long version) {
        Instrument i = instrument(id);
        if (i.version() != version) {
            throw new ConcurrentEdit("The instrument " + i.serialNumber());
        }
        return i;
    }

    public Optional<Instrument> bySerial(String serialNumber) {
        return store.entityManager().createQuery("SELECT i FROM Instrument i WHERE lower(i.serialNumber) = "
                        + "lower(:s)", Instrument.class).setParameter("s", serialNumber.strip())
                .getResultStream().findFirst();
    }

    public void add(Object record) {
        store.entityManager().persist(record);
    }

    public <T> T written(T record, String what) {
        try {
            store.entityManager().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit(what);
        }
        return record;
    }

    /** The latest instruments whose serial number, model, customer or place contains {@code text} (null: any). */
    public List<Instrument> instruments(String text, int limit) {
        boolean searched = text != null && !text.isBlank();
        String jpql = "SELECT i FROM Instrument i" + (searched ? " WHERE lower(i.serialNumber) LIKE :q"
                + LikePattern.ESCAPE + " OR lower(i.model) LIKE :q" + LikePattern.ESCAPE
                + " OR lower(i.customerName) LIKE :q" + LikePattern.ESCAPE
                + " OR lower(i.customerOrganisation) LIKE :q" + LikePattern.ESCAPE
                + " OR lower(i.place) LIKE :q" + LikePattern.ESCAPE : "") + " ORDER BY i.registeredAt DESC";
        var query = store.entityManager().createQuery(jpql, Instrument.class);
        if (searched) {
            query.setParameter("q", LikePattern.containing(text));
        }
        return query.setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    public List<InstrumentPart> parts(UUID instrumentId) {
        return store.entityManager().createQuery("SELECT p FROM InstrumentPart p WHERE p.instrumentId = :i "
                + "ORDER BY p.fittedOn DESC", InstrumentPart.class).setParameter("i", instrumentId).getResultList();
    }

    public Optional<MaintenancePlan> planOf(UUID instrumentId) {
        return store.entityManager().createQuery("SELECT p FROM MaintenancePlan p WHERE p.instrumentId = :i",
                MaintenancePlan.class).setParameter("i", instrumentId).getResultStream().findFirst();
    }

    /** Plans with a visit due by {@code by} (the platform runs the background work on one server at a time). */
    @SuppressWarnings("unchecked")
    public List<MaintenancePlan> plansDueBy(java.time.LocalDate by) {
        return store.entityManager().createNativeQuery("SELECT * FROM instrument_maintenance_plan WHERE next_due <= "
                + ":by AND next_due <= ends_on ORDER BY next_due LIMIT 100",
                MaintenancePlan.class).setParameter("by", by).getResultList();
    }

    public long announcedSince(java.time.LocalDate since) {
        return store.entityManager().createQuery("SELECT count(p) FROM MaintenancePlan p WHERE p.lastAnnounced >= "
                + ":since", Long.class).setParameter("since", since).getSingleResult();
    }

    public ServiceCase serviceCase(UUID id) {
        return Optional.ofNullable(store.entityManager().find(ServiceCase.class, id))
                .orElseThrow(NotFoundException::new);
    }

    public Optional<ServiceCase> findCase(UUID id) {
        return Optional.ofNullable(store.entityManager().find(ServiceCase.class, id));
    }

    public ServiceCase caseAt(UUID id, long version) {
        ServiceCase c = serviceCase(id);
        if (c.version() != version) {
            throw new ConcurrentEdit("The service case " + c.number());
        }
        return c;
    }

    /** The instrument's service history: its cases, newest first. */
    public List<ServiceCase> casesOf(UUID instrumentId) {
        return store.entityManager().createQuery("SELECT c FROM ServiceCase c WHERE c.instrumentId = :i "
                + "ORDER BY c.openedAt DESC", ServiceCase.class).setParameter("i", instrumentId).getResultList();
    }

    public List<ServiceCase> onRequest(UUID requestId) {
        return store.entityManager().createQuery("SELECT c FROM ServiceCase c WHERE c.requestId = :r "
                + "ORDER BY c.openedAt DESC", ServiceCase.class).setParameter("r", requestId).getResultList();
    }

    /** The latest cases whose number or request number contains {@code text}, in {@code status}; null for any. */
    public List<ServiceCase> cases(String text, CaseStatus status, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM ServiceCase c WHERE 1 = 1");
        if (status != null) {
            jpql.append(" AND c.status = :status");
        }
        boolean searched = text != null && !text.isBlank();
        if (searched) {
            jpql.append(" AND (lower(c.number) LIKE :q").append(LikePattern.ESCAPE)
                    .append(" OR lower(c.requestNumber) LIKE :q").append(LikePattern.ESCAPE)
                    .append(" OR lower(c.customerName) LIKE :q").append(LikePattern.ESCAPE).append(')');
        }
        var query = store.entityManager().createQuery(jpql.append(" ORDER BY c.openedAt DESC").toString(),
                ServiceCase.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (searched) {
            query.setParameter("q", LikePattern.containing(text));
        }
        return query.setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    public List<ServiceCase> openedBetween(Instant from, Instant until) {
        return store.entityManager().createQuery("SELECT c FROM ServiceCase c WHERE c.openedAt >= :from AND "
                        + "c.openedAt < :until ORDER BY c.openedAt DESC", ServiceCase.class)
                .setParameter("from", from).setParameter("until", until).getResultList();
    }

    public Map<CaseStatus, Long> countByStatus() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        store.entityManager().createQuery("SELECT c.status, count(c) FROM ServiceCase c GROUP BY c.status",
                Object[].class).getResultStream().forEach(row -> counts.put((CaseStatus) row[0], (Long) row[1]));
        return counts;
    }
}
