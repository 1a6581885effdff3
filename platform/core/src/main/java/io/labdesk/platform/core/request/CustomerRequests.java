package io.labdesk.platform.core.request;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.request.Channel;
import io.labdesk.platform.api.request.RequestStatus;
import io.labdesk.platform.core.intake.IntakeForm;
import io.labdesk.platform.core.intake.IntakeForms;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tracking.TrackingLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What customers, who have no account, may do: file a request through the institution's public form (with files),
 * and follow one by its private link — seeing its status, the agreed times and what was meant for them, never
 * internal notes.
 */
@ApplicationScoped
public class CustomerRequests {

    @Inject
    RequestIntake intake;

    @Inject
    Attachments attachments;

    @Inject
    TenantData tenantData;

    @Inject
    TrackingLinks trackingLinks;

    @Inject
    Timeline timeline;

    @Inject
    IntakeForms intakeForms;

    @Inject
    RequestNotices notices;

    /** The most a customer's addition may say. */
    public static final int MAX_NOTE = 10_000;

    /** A request as its customer sees it. */
    public record Tracked(ServiceRequest request, List<RequestEvent> replies, List<RequestAttachment> files) {
    }

    /** Files the form's request and its files, all or nothing; {@code formKey} makes a double submit harmless. */
    @Transactional
    public RequestIntake.Received file(Intake form, List<Attachments.Upload> uploads, String formKey) {
        Intake asForm = new Intake(form.type(), form.priority(), form.emergency(), Channel.FORM, form.subject(),
                form.description(), form.organisation(), form.contactName(), form.contactPhone(), form.contactEmail(),
                form.language());
        Map<String, String> problems = new LinkedHashMap<>(intake.problems(asForm));
        IntakeForm asked = intakeForms.current();
        if (uploads.isEmpty() && asked.required("attachments")) {
            problems.put("attachments", "validation.attachments.required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<Attachments.Upload> checked = asked.shown("attachments") ? Attachments.check(uploads) : List.of();
        RequestIntake.Received received = intake.receive(asForm, formKey == null ? null : "form:" + formKey, "customer");
        if (!received.replayed()) {
            attachments.attach(received.request().id(), checked, "customer");
        }
        return received;
    }

    /**
     * What the customer adds to their request from its tracking page — a note, files or both, checked as the public
     * form's files — on its timeline as from them, with the responsible person told; all or nothing. Refused on a
     * closed request. {@code formKey} makes a double submit harmless: the second one adds nothing.
     */
    @Transactional
    public void add(String token, String note, List<Attachments.Upload> uploads, String formKey) {
        ServiceRequest r = requestOf(token).map(found -> timeline.lock(found.id()))
                .orElseThrow(() -> new InvalidInput(Map.of("form", "public.track.unknown")));
        tenantData.em().refresh(r); // as it stands now that it is locked, not as first read
        if (r.status() == RequestStatus.CLOSED) {
            throw new InvalidInput(Map.of("form", "public.track.addClosed"));
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() && uploads.isEmpty()) {
            throw new InvalidInput(Map.of("note", "validation.customerNote.empty"));
        }
        if (text.length() > MAX_NOTE) {
            throw new InvalidInput(Map.of("note", "validation.customerNote.long"));
        }
        List<Attachments.Upload> checked = Attachments.check(uploads);
        if (formKey != null) {
            // The request row is locked: a second submit of the same page waits here and then finds the key taken.
            int stored = tenantData.em().createNativeQuery("INSERT INTO intake_key (tenant_id, idempotency_key, "
                            + "request_id, tracking_token, created_at) VALUES (?, ?, ?, ?, now()) ON CONFLICT DO NOTHING")
                    .setParameter(1, r.tenantId()).setParameter(2, "track:" + formKey).setParameter(3, r.id())
                    .setParameter(4, token).executeUpdate();
            if (stored == 0) {
                return;
            }
        }
        attachments.attach(r.id(), checked, "customer");
        JsonObjectBuilder detail = Json.createObjectBuilder().add("from", r.contactName());
        if (!text.isEmpty()) {
            detail.add("note", text);
        }
        String files = checked.stream().map(Attachments.Upload::fileName).collect(Collectors.joining(", "));
        if (!files.isEmpty()) {
            detail.add("files", files);
        }
        timeline.append(r.id(), "customer", "CUSTOMER_ADDED", detail.build().toString(), true);
        notices.customerAdded(r, text, files);
    }

    /** The current tenant's request a tracking token opens, without its history. */
    @Transactional
    public Optional<ServiceRequest> requestOf(String token) {
        UUID tenant = TenantContext.current().map(TenantContext.Binding::tenantId).orElse(null);
        return trackingLinks.resolve(token).filter(t -> t.tenantId().equals(tenant))
                .filter(t -> t.subject().startsWith("request:"))
                .map(t -> tenantData.em().find(ServiceRequest.class, UUID.fromString(t.subject().substring(8))));
    }

    /** The request a private link opens (the link's tenant is bound by the request filter). */
    @Transactional
    public Optional<Tracked> track(String token) {
        return trackingLinks.resolve(token)
                .filter(t -> t.subject().startsWith("request:"))
                .map(t -> tenantData.em().find(ServiceRequest.class, UUID.fromString(t.subject().substring(8))))
                .map(r -> new Tracked(r, timeline.of(r.id()).stream().filter(RequestEvent::forCustomer).toList(),
                        attachments.of(r.id())));
    }
}
