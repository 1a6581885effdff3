package io.labdesk.platform.core.request;

import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.UUID;

/** Requests' timelines: appended in the transaction of the change they record, verified on demand. */
@ApplicationScoped
public class Timeline {

    @Inject
    TenantData tenantData;

    @Inject
    RequestTypes types;

    @Inject
    StaffMembers members;

    /** The request's timeline as {@code locale}'s reader reads it: names, not codes or usernames. */
    @Transactional
    public TimelineText reader(ServiceRequest request, Locale locale, Tenant tenant) {
        return new TimelineText(locale, tenant, types.names(locale), members.names(), request.contactName());
    }

    /** Appends to the request's timeline; the request row must be locked or freshly created by the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RequestEvent append(UUID requestId, String actor, String kind, String detail, boolean forCustomer) {
        List<RequestEvent> last = tenantData.em().createQuery(
                        "SELECT e FROM RequestEvent e WHERE e.requestId = :r ORDER BY e.seq DESC", RequestEvent.class)
                .setParameter("r", requestId).setMaxResults(1).getResultList();
        int seq = last.isEmpty() ? 1 : last.get(0).seq() + 1;
        String previous = last.isEmpty() ? TimelineChain.GENESIS : last.get(0).hash();
        RequestEvent event = new RequestEvent(requestId, seq, Instant.now().truncatedTo(ChronoUnit.MICROS), actor,
                kind, detail, forCustomer, previous);
        tenantData.em().persist(event);
        return event;
    }

    @Transactional
    public List<RequestEvent> of(UUID requestId) {
        return tenantData.em().createQuery("SELECT e FROM RequestEvent e WHERE e.requestId = :r ORDER BY e.seq",
                RequestEvent.class).setParameter("r", requestId).getResultList();
    }

    /** The first entry that does not fit the chain (edited, removed or inserted), or empty when intact. */
    @Transactional
    public OptionalInt firstBroken(UUID requestId) {
        return TimelineChain.firstBroken(of(requestId).stream().map(RequestEvent::link).toList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        tenantData.em().flush();
    }

    /** Locks the request row for a change, so that two changes never race for the same timeline position. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceRequest lock(UUID requestId) {
        return tenantData.em().find(ServiceRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
    }
}
