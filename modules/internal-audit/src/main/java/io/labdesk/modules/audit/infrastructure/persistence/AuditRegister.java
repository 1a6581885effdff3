package io.labdesk.modules.audit.infrastructure.persistence;

import io.labdesk.modules.audit.domain.Area;
import io.labdesk.modules.audit.domain.Audit;
import io.labdesk.modules.audit.domain.AuditStatus;
import io.labdesk.modules.audit.domain.ChecklistItem;
import io.labdesk.modules.audit.domain.Criterion;
import io.labdesk.modules.audit.domain.Finding;
import io.labdesk.modules.audit.domain.HandledRecord;
import io.labdesk.modules.audit.domain.Programme;
import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The institution's areas, criteria, programmes, audits, checklists, findings and notes of who handled what:
 * one record by id (not found, also for another institution's), one to change at the version the user saw, the
 * change written at once so that a concurrent edit shows as such.
 */
@ApplicationScoped
public class AuditRegister {

    @Inject
    TenantStore store;

    private EntityManager em() {
        return store.entityManager();
    }

    public void add(Object record) {
        em().persist(record);
    }

    /** Writes what changed now, so that a concurrent change is told as such. */
    public void written(String what) {
        try {
            em().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit(what);
        }
    }

    public List<Area> areas() {
        return em().createQuery("SELECT a FROM Area a ORDER BY a.code", Area.class).getResultList();
    }

    public Optional<Area> area(String code) {
        return em().createQuery("SELECT a FROM Area a WHERE a.code = :c", Area.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    public List<Criterion> criteria() {
        return em().createQuery("SELECT c FROM Criterion c ORDER BY c.number", Criterion.class).getResultList();
    }

    public Optional<Programme> programme(int year) {
        return em().createQuery("SELECT p FROM Programme p WHERE p.year = :y", Programme.class)
                .setParameter("y", year).getResultStream().findFirst();
    }

    public Programme programmeAt(int year, long version) {
        Programme p = programme(year).orElseThrow(NotFoundException::new);
        if (p.version() != version) {
            throw new ConcurrentEdit("The audit programme " + year);
        }
        return p;
    }

    public Audit audit(UUID id) {
        return Optional.ofNullable(em().find(Audit.class, id)).orElseThrow(NotFoundException::new);
    }

    public Audit auditAt(UUID id, long version) {
        Audit a = audit(id);
        if (a.version() != version) {
            throw new ConcurrentEdit("The audit " + a.number());
        }
        return a;
    }

    /** The audits of a year, by month. */
    public List<Audit> audits(int year) {
        return em().createQuery("SELECT a FROM Audit a WHERE a.year = :y ORDER BY a.month, a.number", Audit.class)
                .setParameter("y", year).getResultList();
    }

    /** Audits of the years up to {@code year} that were not cancelled, for coverage. */
    public List<Audit> auditsUpTo(int year) {
        return em().createQuery("SELECT a FROM Audit a WHERE a.year <= :y AND a.status NOT IN :gone "
                        + "ORDER BY a.year, a.month", Audit.class).setParameter("y", year)
                .setParameter("gone", List.of(AuditStatus.CANCELLED, AuditStatus.PROPOSED)).getResultList();
    }

    public Optional<Audit> askedBy(UUID origin) {
        return em().createQuery("SELECT a FROM Audit a WHERE a.originId = :o", Audit.class).setParameter("o", origin)
                .getResultStream().findFirst();
    }

    public List<ChecklistItem> checklist(UUID auditId) {
        return em().createQuery("SELECT i FROM ChecklistItem i WHERE i.auditId = :a ORDER BY i.position",
                ChecklistItem.class).setParameter("a", auditId).getResultList();
    }

    public ChecklistItem item(UUID auditId, UUID itemId) {
        return checklist(auditId).stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    public List<Finding> findings(UUID auditId) {
        return em().createQuery("SELECT f FROM Finding f WHERE f.auditId = :a ORDER BY f.number", Finding.class)
                .setParameter("a", auditId).getResultList();
    }

    public Finding finding(UUID auditId, UUID findingId) {
        return findings(auditId).stream().filter(f -> f.id().equals(findingId)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** Findings of the audits of a year. */
    public List<Finding> findingsOfYear(int year) {
        return em().createQuery("SELECT f FROM Finding f, Audit a WHERE a.id = f.auditId AND a.year = :y "
                + "ORDER BY f.number", Finding.class).setParameter("y", year).getResultList();
    }

    /** Records of other modules {@code username} handled within {@code [from, until)}. */
    public List<HandledRecord> handledBy(String username, Instant from, Instant until) {
        return em().createQuery("SELECT h FROM HandledRecord h WHERE h.username = :u AND h.handledAt >= :from "
                        + "AND h.handledAt < :until ORDER BY h.handledAt", HandledRecord.class)
                .setParameter("u", username).setParameter("from", from).setParameter("until", until)
                .getResultList();
    }

    public boolean knows(String module, UUID subject, String username) {
        return !em().createQuery("SELECT h.id FROM HandledRecord h WHERE h.module = :m AND h.subjectId = :s "
                        + "AND h.username = :u", UUID.class).setParameter("m", module).setParameter("s", subject)
                .setParameter("u", username).getResultList().isEmpty();
    }

    /** Open findings, for the home page's tasks and the dashboard. */
    public long openNonconformities() {
        return em().createQuery("SELECT count(f) FROM Finding f WHERE f.status = :open", Long.class)
                .setParameter("open", Finding.Status.OPEN).getSingleResult();
    }
}
