package io.labdesk.modules.complaints.infrastructure.persistence;

import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.modules.complaints.domain.ReplyTemplate;
import io.labdesk.platform.api.data.LikePattern;
import io.labdesk.platform.api.data.ConcurrentEdit;
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
 * The institution's complaints in PostgreSQL (under its row-level security), as the services read and change them:
 * one by id (not found, also for another institution's), one to change at the version the user saw, the change
 * written at once so that a concurrent edit shows as such, and searches.
 */
@ApplicationScoped
public class ComplaintRegister {

    @Inject
    TenantStore store;

    public Complaint get(UUID id) {
        Complaint c = store.entityManager().find(Complaint.class, id);
        if (c == null) {
            throw new NotFoundException();
        }
        return c;
    }

    /** The complaint, if it is still at {@code version}. */
    public Complaint atVersion(UUID id, long version) {
        Complaint c = get(id);
        if (c.version() != version) {
            throw new ConcurrentEdit("The complaint " + c.number());
        }
        return c;
    }

    public Complaint written(Complaint c) {
        try {
            store.entityManager().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit("The complaint " + c.number());
        }
        return c;
    }

    public void add(Complaint c) {
        store.entityManager().persist(c);
    }

    public Optional<Complaint> find(UUID id) {
        return Optional.ofNullable(store.entityManager().find(Complaint.class, id));
    }

    /**
     * The latest complaints whose number, complainant, organisation or report number contains {@code text}, in
     * {@code status}; either may be null for any.
     */
    public List<Complaint> search(String text, ComplaintKinds.Status status, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Complaint c WHERE 1 = 1");
        if (status != null) {
            jpql.append(" AND c.status = :status");
        }
        boolean searched = text != null && !text.isBlank();
        if (searched) {
            jpql.append(" AND (lower(c.number) LIKE :q").append(LikePattern.ESCAPE)
                    .append(" OR lower(c.complainantName) LIKE :q").append(LikePattern.ESCAPE)
                    .append(" OR lower(c.complainantOrganisation) LIKE :q").append(LikePattern.ESCAPE)
                    .append(" OR lower(c.reportNumber) LIKE :q").append(LikePattern.ESCAPE).append(')');
        }
        var query = store.entityManager().createQuery(jpql.append(" ORDER BY c.receivedAt DESC").toString(),
                Complaint.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (searched) {
            query.setParameter("q", LikePattern.containing(text));
        }
        return query.setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    /** The complaints received from {@code from} up to, not including, {@code until}, newest first. */
    public List<Complaint> receivedBetween(Instant from, Instant until) {
        return store.entityManager().createQuery("SELECT c FROM Complaint c WHERE c.receivedAt >= :from AND "
                        + "c.receivedAt < :until ORDER BY c.receivedAt DESC", Complaint.class)
                .setParameter("from", from).setParameter("until", until).getResultList();
    }

    /** The institution's reply-letter template in {@code language}, if it wrote one. */
    public Optional<ReplyTemplate> replyTemplate(String language) {
        return store.entityManager().createQuery("SELECT t FROM ReplyTemplate t WHERE t.language = :l",
                ReplyTemplate.class).setParameter("l", language).getResultStream().findFirst();
    }

    /** Keeps {@code body} as the institution's template in {@code language}. */
    public void keepReplyTemplate(String language, String body) {
        Optional<ReplyTemplate> stored = replyTemplate(language);
        if (stored.isPresent()) {
            stored.get().reword(body);
        } else {
            store.entityManager().persist(new ReplyTemplate(language, body));
        }
        store.entityManager().flush();
    }
}
