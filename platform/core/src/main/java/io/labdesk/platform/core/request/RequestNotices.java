package io.labdesk.platform.core.request;

import io.labdesk.platform.api.sla.SlaState;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.config.Setting;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.notification.Outbox;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.sla.SlaPolicies;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who is told what about a request, in the transaction of the change: the customer (intake confirmation with the
 * tracking link, agreed times, questions, the reply), the responsible person (assignment, SLA warnings), and on a
 * breach the tenant's escalation recipients. Texts are in the tenant's language.
 */
@ApplicationScoped
public class RequestNotices {

    @Inject
    Outbox outbox;

    @Inject
    TenantSettings settings;

    @Inject
    StaffMembers members;

    @Inject
    SlaPolicies policies;

    @Transactional(Transactional.TxType.MANDATORY)
    void received(ServiceRequest r, String trackingUrl) {
        Tenant tenant = settings.current();
        Locale locale = r.customerLanguage().orElse(tenant.defaultLocale());
        String institution = tenant.name(locale);
        if (r.contactEmail() != null) {
            outbox.email(r.contactEmail(), "received", r.id(), locale, r.number(), r.subject(), trackingUrl,
                    institution);
        } else if (r.contactPhone() != null) {
            outbox.sms(r.contactPhone(), "received", r.id(), locale, r.number(), trackingUrl, institution);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void moved(ServiceRequest r, RequestLifecycle.Action action, String message) {
        Tenant tenant = settings.current();
        Locale staff = tenant.defaultLocale();
        Locale locale = r.customerLanguage().orElse(staff);
        String institution = tenant.name(locale);
        switch (action) {
            case ACKNOWLEDGE -> toCustomer(r, "acknowledged", locale, r.number(), r.subject(),
                    tenant.localTime(r.agreedFollowUpAt()), tenant.localTime(r.agreedDeliveryAt()), institution);
            case WAIT_FOR_CUSTOMER -> toCustomer(r, "waiting", locale, r.number(), r.subject(),
                    message == null ? "" : message, institution);
            case RESOLVE -> toCustomer(r, "resolved", locale, r.number(), r.subject(), message, institution);
            case ASSIGN -> members.findByUsername(r.assignee()).map(TenantMember::email).ifPresent(email ->
                    outbox.email(email, "assigned", r.id(), staff, r.number(), r.subject(), requestUrl(r),
                            tenant.name(staff)));
            default -> {
            }
        }
    }

    /** The customer added to their request: its responsible person is told, or the desk while nobody is. */
    @Transactional(Transactional.TxType.MANDATORY)
    void customerAdded(ServiceRequest r, String note, String files) {
        Tenant tenant = settings.current();
        Locale locale = tenant.defaultLocale();
        for (String recipient : responsible(r)) {
            outbox.email(recipient, "customerAdded", r.id(), locale, r.number(), r.subject(), r.contactName(),
                    note.isEmpty() ? "—" : note, files.isEmpty() ? "—" : files, requestUrl(r));
        }
    }

    /** The customer answered by e-mail: told as {@link #customerAdded}, saying it came by mail. */
    @Transactional(Transactional.TxType.MANDATORY)
    void customerMailed(ServiceRequest r, String text, String files) {
        Locale locale = settings.current().defaultLocale();
        for (String recipient : responsible(r)) {
            outbox.email(recipient, "customerMailed", r.id(), locale, r.number(), r.subject(), r.contactName(),
                    text.isBlank() ? "—" : text, files.isEmpty() ? "—" : files, requestUrl(r));
        }
    }

    /** Who answers for a request: its assignee, or while nobody is assigned the desk that acknowledges and assigns. */
    private Set<String> responsible(ServiceRequest r) {
        Set<String> recipients = new LinkedHashSet<>();
        if (r.assignee() != null) {
            members.findByUsername(r.assignee()).filter(TenantMember::active).map(TenantMember::email)
                    .ifPresent(recipients::add);
        }
        if (recipients.isEmpty()) {
            members.activeHolding(TenantRole.CUSTOMER_SERVICE).stream().map(TenantMember::email)
                    .forEach(recipients::add);
        }
        return recipients;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void slaAlert(ServiceRequest r, RequestSla target, SlaState state) {
        Tenant tenant = settings.current();
        Locale locale = tenant.defaultLocale();
        Set<String> recipients = new LinkedHashSet<>();
        if (r.assignee() != null) {
            members.findByUsername(r.assignee()).filter(TenantMember::active).map(TenantMember::email)
                    .ifPresent(recipients::add);
        } else {
            // Nobody is responsible yet: the desk that acknowledges and assigns is.
            members.activeHolding(TenantRole.CUSTOMER_SERVICE).stream().map(TenantMember::email)
                    .forEach(recipients::add);
        }
        if (state == SlaState.BREACHED) {
            recipients.addAll(policies.current().escalationRecipients());
        }
        String topic = state == SlaState.BREACHED ? "slaBreached" : "slaAtRisk";
        String targetName = Messages.get("sla.target." + target.kind().name(), locale);
        for (String recipient : recipients) {
            outbox.email(recipient, topic, r.id(), locale, r.number(), r.subject(), targetName,
                    tenant.localTime(target.dueAt()), requestUrl(r));
        }
    }

    private void toCustomer(ServiceRequest r, String topic, Locale locale, Object... params) {
        if (r.contactEmail() != null) {
            outbox.email(r.contactEmail(), topic, r.id(), locale, params);
        } else if (r.contactPhone() != null) {
            outbox.sms(r.contactPhone(), topic, r.id(), locale, params);
        }
    }

    static String requestUrl(ServiceRequest r) {
        return Setting.link("/requests/" + r.id());
    }
}
