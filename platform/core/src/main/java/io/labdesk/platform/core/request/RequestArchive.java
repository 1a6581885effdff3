package io.labdesk.platform.core.request;

import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.core.export.PdfText;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.staff.ActorNames;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The archive of one request as a PDF (P1, 归档): its facts, the customer's contact, description, SLA targets, files
 * with their SHA-256, every timeline entry and whether the chain is intact — in the reader's language, with Chinese
 * text embedded. Producing it counts as a view of the customer's contact.
 */
@ApplicationScoped
public class RequestArchive {

    @Inject
    ServiceRequests requests;

    @Inject
    RequestSlas slas;

    @Inject
    Timeline timeline;

    @Inject
    Attachments attachments;

    @Inject
    RequestTypes types;

    @Inject
    TenantSettings settings;

    @Inject
    StaffMembers members;

    @Inject
    CurrentTenant currentTenant;

    @Transactional
    public byte[] pdf(UUID id, Locale locale) {
        ServiceRequest r = requests.open(id).orElseThrow(() -> new NotFound("request", id));
        Tenant tenant = settings.current();
        try (PdfText pdf = new PdfText(r.number() + " " + r.subject())) {
            pdf.title(tenant.name(locale) + " · " + t("archive.title", locale));
            pdf.heading(r.number() + "  " + r.subject());
            TimelineText text = timeline.reader(r, locale, tenant);
            ActorNames staff = members.names();
            pdf.field(t("request.type", locale), types.names(locale).getOrDefault(r.typeCode(), r.typeCode()));
            pdf.field(t("request.priority", locale), (r.emergency() ? t("request.emergencyShort", locale) + " · " : "")
                    + t("request.priority." + r.priority().name(), locale));
            pdf.field(t("request.channel", locale), t("request.channel." + r.channel().name(), locale));
            pdf.field(t("request.status", locale), t("request.status." + r.status().name(), locale));
            pdf.field(t("request.receivedAt", locale), tenant.localTime(r.receivedAt()));
            pdf.field(t("request.recordedBy", locale), staff.of(r.recordedBy(), r.contactName(), locale));
            pdf.field(t("request.assignee", locale), staff.staff(r.assignee()));
            pdf.field(t("request.agreedFollowUpAt", locale), tenant.localTime(r.agreedFollowUpAt()));
            pdf.field(t("request.agreedDeliveryAt", locale), tenant.localTime(r.agreedDeliveryAt()));
            pdf.field(t("archive.resolvedAt", locale), tenant.localTime(r.resolvedAt()));
            pdf.field(t("archive.closedAt", locale), tenant.localTime(r.closedAt()));

            pdf.heading(t("request.customer", locale));
            pdf.field(t("request.organisation", locale), r.customerOrganisation());
            pdf.field(t("request.contactName", locale), r.contactName());
            pdf.field(t("request.contactPhone", locale), r.contactPhone());
            pdf.field(t("request.contactEmail", locale), r.contactEmail());

            pdf.heading(t("request.description", locale)).paragraph(r.description());

            pdf.heading(t("request.sla", locale));
            Instant now = Instant.now();
            for (RequestSla target : slas.of(r.id())) {
                pdf.field(t("sla.target." + target.kind().name(), locale), t(target.state(now).messageKey(), locale)
                        + " · " + t("sla.due", locale, tenant.localTime(target.dueAt()))
                        + (target.metAt() == null ? "" : " · " + t("archive.metAt", locale,
                        tenant.localTime(target.metAt()))));
            }

            pdf.heading(t("request.files", locale));
            for (RequestAttachment file : attachments.of(r.id())) {
                pdf.field(file.fileName(), file.sizeBytes() + " B · SHA-256 " + file.sha256());
            }

            pdf.heading(t("request.timeline", locale));
            for (RequestEvent event : timeline.of(r.id())) {
                pdf.paragraph(event.seq() + ".  " + tenant.localTime(event.occurredAt()) + "  " + text.who(event) + "  "
                        + text.what(event) + (event.forCustomer() ? "  ◇" : ""));
                pdf.indented(text.detail(event));
            }
            OptionalInt broken = timeline.firstBroken(r.id());
            pdf.space(6).paragraph(broken.isEmpty() ? t("request.timeline.intact", locale)
                    : t("request.timeline.broken", locale, broken.getAsInt()));
            pdf.paragraph(t("archive.generated", locale, tenant.localTime(now),
                    staff.staff(currentTenant.actor())));
            return pdf.toBytes();
        }
    }

    private static String t(String key, Locale locale, Object... params) {
        return Messages.get(key, locale, params);
    }
}
