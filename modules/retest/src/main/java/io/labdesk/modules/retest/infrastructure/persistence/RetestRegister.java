package io.labdesk.modules.retest.infrastructure.persistence;

import io.labdesk.modules.retest.domain.CatalogueEntry;
import io.labdesk.modules.retest.domain.Cause;
import io.labdesk.modules.retest.domain.CauseCatalogue;
import io.labdesk.modules.retest.domain.RetestCase;
import io.labdesk.modules.retest.domain.RetestItem;
import io.labdesk.modules.retest.domain.RetestStatus;
import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.LikePattern;
import io.labdesk.platform.api.data.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The institution's retest cases, their items and its cause catalogue in PostgreSQL: one case by id (not found, also
 * for another institution's), one to change at the version the user saw, the change written at once so that a
 * concurrent edit shows as such, searches, and the yearly numbering.
 */
@ApplicationScoped
public class RetestRegister {

    @Inject
    TenantStore store;

    public RetestCase get(UUID id) {
        return find(id).orElseThrow(NotFoundException::new);
    }

    public Optional<RetestCase> find(UUID id) {
        return Optional.ofNullable(store.entityManager().find(RetestCase.class, id));
    }

    /** The case, if it is still at {@code version}. */
    public RetestCase atVersion(UUID id, long version) {
        RetestCase c = get(id);
        if (c.version() != version) {
            throw new ConcurrentEdit("The retest case " + c.number());
        }
        return c;
    }

    public RetestCase written(RetestCase c) {
        try {
            store.entityManager().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit("The retest case " + c.number());
        }
        return c;
    }

    public void add(RetestCase c, List<RetestItem> items) {
        store.entityManager().persist(c);
        items.forEach(store.entityManager()::persist);
    }

    /** The case's items become {@code items}, numbered in their order. */
    public void replaceItems(UUID caseId, List<RetestItem> items) {
        items(caseId).forEach(store.entityManager()::remove);
        store.entityManager().flush();
        for (int i = 0; i < items.size(); i++) {
            items.get(i).place(i + 1);
            store.entityManager().persist(items.get(i));
        }
    }

    public List<RetestItem> items(UUID caseId) {
        return store.entityManager().createQuery("SELECT i FROM RetestItem i WHERE i.caseId = :c ORDER BY i.position",
                RetestItem.class).setParameter("c", caseId).getResultList();
    }

    /** Retests of {@code report} asked for before, not counting those refused or not eligible. */
    public int earlierRetests(String report) {
        return store.entityManager().createQuery("SELECT count(c) FROM RetestCase c WHERE lower(c.reportNumber) = "
                        + "lower(:r) AND c.status NOT IN :gone", Long.class).setParameter("r", report.strip())
                .setParameter("gone", List.of(RetestStatus.NOT_ELIGIBLE, RetestStatus.REFUSED, RetestStatus.DECLINED))
                .getSingleResult().intValue();
    }

    /** How many cases stand at each status. */
    public java.util.Map<RetestStatus, Long> countByStatus() {
        java.util.Map<RetestStatus, Long> counts = new java.util.EnumMap<>(RetestStatus.class);
        store.entityManager().createQuery("SELECT c.status, count(c) FROM RetestCase c GROUP BY c.status",
                Object[].class).getResultStream().forEach(row -> counts.put((RetestStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** The cases opened on a request, newest first. */
    public List<RetestCase> onRequest(UUID requestId) {
        return store.entityManager().createQuery("SELECT c FROM RetestCase c WHERE c.requestId = :id "
                + "ORDER BY c.openedAt DESC", RetestCase.class).setParameter("id", requestId).getResultList();
    }

    /**
     * The latest cases whose number, customer, organisation or report number contains {@code text}, in
     * {@code status}; either may be null for any.
     */
    public List<RetestCase> search(String text, RetestStatus status, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM RetestCase c WHERE 1 = 1");
        if (status != null) {
            jpql.append(" AND c.status = :status");
        }
        boolean searched = text != null && !text.isBlank();
        if (searched) {
            jpql.append(" AND (lower(c.number) LIKE :q").append(LikePattern.ESCAPE)
                    .append(" OR lower(c.customerName) LIKE :q").append(LikePattern.ESCAPE)
                    .append(" OR lower(c.customerOrganisation) LIKE :q").append(LikePattern.ESCAPE)
                    .append(" OR lower(c.reportNumber) LIKE :q").append(LikePattern.ESCAPE).append(')');
        }
        var query = store.entityManager().createQuery(jpql.append(" ORDER BY c.openedAt DESC").toString(),
                RetestCase.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (searched) {
            query.setParameter("q", LikePattern.containing(text));
        }
        return query.setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    /** The cases opened from {@code from} up to, not including, {@code until}, newest first. */
    public List<RetestCase> openedBetween(Instant from, Instant until) {
        return store.entityManager().createQuery("SELECT c FROM RetestCase c WHERE c.openedAt >= :from AND "
                        + "c.openedAt < :until ORDER BY c.openedAt DESC", RetestCase.class)
                .setParameter("from", from).setParameter("until", until).getResultList();
    }

    /** The institution's cause catalogue: source 000's lists until it keeps its own. */
    public CauseCatalogue catalogue() {
        List<Cause> kept = store.entityManager().createQuery("SELECT e FROM CatalogueEntry e ORDER BY e.position",
                CatalogueEntry.class).getResultStream().map(CatalogueEntry::cause).toList();
        return kept.isEmpty() ? CauseCatalogue.defaults() : new CauseCatalogue(kept);
    }

    /** Keeps {@code catalogue} as the institution's, in its order. */
    public void keepCatalogue(CauseCatalogue catalogue) {
        store.entityManager().createQuery("DELETE FROM CatalogueEntry e").executeUpdate();
        List<Cause> causes = catalogue.causes();
        for (int i = 0; i < causes.size(); i++) {
            store.entityManager().persist(new CatalogueEntry(i + 1, causes.get(i)));
        }
        store.entityManager().flush();
    }
}
