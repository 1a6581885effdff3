package io.labdesk.platform.core.request;

import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.request.RequestDirectory;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.customer.PersonalData;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.security.SecurityEvent;
import io.labdesk.platform.core.security.SecurityLog;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link RequestDirectory} over the current tenant's requests (row-level security keeps others' out of reach).
 * Facts need only the tenant, so a module's observers and background work may read them; the full contact needs a
 * staff role and is logged like the request page's view of it.
 */
@ApplicationScoped
public class TenantRequestDirectory implements RequestDirectory {

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    RequestTypes types;

    @Inject
    SecurityLog securityLog;

    @Override
    @Transactional
    public Optional<Request> find(UUID id) {
        return id == null ? Optional.empty() : stored(id).map(this::facts);
    }

    @Override
    @Transactional
    public Optional<Request> byNumber(String number) {
        if (number == null || number.isBlank() || currentTenant.id().isEmpty()) {
            return Optional.empty();
        }
        return tenantData.em().createQuery("SELECT r FROM ServiceRequest r WHERE r.number = :n", ServiceRequest.class)
                .setParameter("n", number.strip()).getResultStream().findFirst().map(this::facts);
    }

    @Override
    @Transactional
    public java.util.List<Request> handledBy(String username, java.time.Instant from, java.time.Instant until) {
        if (username == null || username.isBlank() || currentTenant.id().isEmpty()) {
            return java.util.List.of();
        }
        return tenantData.em().createQuery("SELECT r FROM ServiceRequest r WHERE r.receivedAt < :until "
                        + "AND (r.closedAt IS NULL OR r.closedAt >= :from) AND (r.assignee = :u OR EXISTS (SELECT e.id "
                        + "FROM RequestEvent e WHERE e.requestId = r.id AND e.actor = :u AND e.kind = 'RESOLVE')) "
                        + "ORDER BY r.receivedAt", ServiceRequest.class)
                .setParameter("u", username.strip()).setParameter("from", from).setParameter("until", until)
                .setMaxResults(500).getResultStream().map(this::facts).toList();
    }

    @Override
    @Transactional
    public Optional<Contact> contact(UUID requestId) {
        currentTenant.requireAny(TenantRole.values());
        Optional<ServiceRequest> request = requestId == null ? Optional.empty() : stored(requestId);
        request.ifPresent(r -> securityLog.record(currentTenant.actor(), SecurityEvent.Kind.PERSONAL_DATA_VIEWED,
                r.number(), null));
        return request.map(r -> new Contact(r.contactName(), r.customerOrganisation(), r.contactPhone(),
                r.contactEmail(), r.customerLanguage().orElse(null)));
    }

    private Optional<ServiceRequest> stored(UUID id) {
        if (currentTenant.id().isEmpty()) {
            return Optional.empty();
        }
        return tenantData.em().createQuery("SELECT r FROM ServiceRequest r WHERE r.id = :id", ServiceRequest.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    private Request facts(ServiceRequest r) {
        Text type = types.list().stream().filter(t -> t.code().equals(r.typeCode())).findFirst()
                .map(t -> Text.of(t.nameZh(), t.nameEn())).orElseGet(() -> Text.of(r.typeCode(), r.typeCode()));
        String status = "request.status." + r.status().name();
        Contact masked = new Contact(PersonalData.maskName(r.contactName()), r.customerOrganisation(),
                PersonalData.maskPhone(r.contactPhone()), PersonalData.maskEmail(r.contactEmail()),
                r.customerLanguage().orElse(null));
        return new Request(r.id(), r.number(), r.typeCode(), type, r.status(),
                Text.of(Messages.get(status, Locale.SIMPLIFIED_CHINESE), Messages.get(status, Locale.ENGLISH)),
                r.priority(), r.emergency(), r.channel(), r.subject(), masked, r.customerId(), r.assignee(),
                r.receivedAt(), r.acknowledgedAt(), r.agreedFollowUpAt(), r.agreedDeliveryAt(), r.resolvedAt(),
                r.closedAt(), "requests/" + r.id());
    }
}
