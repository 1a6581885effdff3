package io.labdesk.modules.complaints.infrastructure.persistence;

import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.modules.complaints.domain.ComplaintTask;
import io.labdesk.platform.api.data.LikePattern;
import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
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

    /** How many complaints wait for {@code task}; those of the investigation and decision for {@code me} only. */
    public long count(ComplaintTask task, String me) {
        return waiting(task, me, "SELECT count(c)", Long.class).getSingleResult();
    }

    /** The complaints waiting for {@code task}, oldest first: the longest waiting come first. */
    public List<Complaint> waitingFor(ComplaintTask task, String me, int limit) {
        return waiting(task, me, "SELECT c", Complaint.class).setMaxResults(limit).getResultList();
    }

    private <T> TypedQuery<T> waiting(ComplaintTask task, String me, String select, Class<T> type) {
        // A major or transferred complaint's reply waits for the director's approval; the others go out at once.
        String needsApproval = "(c.severity = :major OR c.channel = :transferred)";
        String where = switch (task) {
            case ACKNOWLEDGE -> "c.status = :received";
            case ASSIGN -> "c.status = :acknowledged";
            case INVESTIGATE -> "c.status = :investigating AND c.investigation.investigator = :me";
            case DECIDE -> "c.status = :investigated AND c.decision.decider = :me";
            case APPROVE_REPLY -> "c.status = :decided AND " + needsApproval;
            case SEND_REPLY -> "(c.status = :approved OR c.status = :decided AND (c.severity IS NULL"
                    + " OR c.severity <> :major) AND c.channel <> :transferred)";
        };
        TypedQuery<T> query = store.entityManager().createQuery(select + " FROM Complaint c WHERE " + where
                + (type == Complaint.class ? " ORDER BY c.receivedAt, c.id" : ""), type);
        switch (task) {
            case ACKNOWLEDGE -> query.setParameter("received", ComplaintKinds.Status.RECEIVED);
            case ASSIGN -> query.setParameter("acknowledged", ComplaintKinds.Status.ACKNOWLEDGED);
            case INVESTIGATE -> query.setParameter("investigating", ComplaintKinds.Status.INVESTIGATING)
                    .setParameter("me", me);
            case DECIDE -> query.setParameter("investigated", ComplaintKinds.Status.INVESTIGATED)
                    .setParameter("me", me);
            case APPROVE_REPLY -> query.setParameter("decided", ComplaintKinds.Status.DECIDED);
            case SEND_REPLY -> query.setParameter("decided", ComplaintKinds.Status.DECIDED)
                    .setParameter("approved", ComplaintKinds.Status.REPLY_APPROVED);
        }
        if (task == ComplaintTask.APPROVE_REPLY || task == ComplaintTask.SEND_REPLY) {
            query.setParameter("major", ComplaintKinds.Severity.MAJOR)
                    .setParameter("transferred", ComplaintKinds.Channel.TRANSFERRED);
        }
        return query;
    }

    /** The complaints received from {@code from} up to, not including, {@code until}, newest first. */
    public List<Complaint> receivedBetween(Instant from, Instant until) {
        return store.entityManager().createQuery("SELECT c FROM Complaint c WHERE c.receivedAt >= :from AND "
                        + "c.receivedAt < :until ORDER BY c.receivedAt DESC", Complaint.class)
                .setParameter("from", from).setParameter("until", until).getResultList();
    }
}
