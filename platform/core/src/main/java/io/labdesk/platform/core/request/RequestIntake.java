package io.labdesk.platform.core.request;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.EmailAddress;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.event.RequestReceived;
import io.labdesk.platform.api.request.Channel;
import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.config.Setting;
import io.labdesk.platform.core.customer.Customers;
import io.labdesk.platform.core.intake.IntakeForm;
import io.labdesk.platform.core.intake.IntakeForms;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tracking.TrackingLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Receives a service request: checks it, numbers it per tenant and year (SR-2026-000123), stores it and issues the
 * customer's private tracking link — all or nothing. A repeated idempotency key answers the first intake again.
 */
@ApplicationScoped
public class RequestIntake {

    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\- ]{5,40}$");
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7e]{1,200}$");

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    RequestTypes types;

    @Inject
    TenantSettings settings;

    @Inject
    TrackingLinks trackingLinks;

    @Inject
    Timeline timeline;

    @Inject
    RequestSlas slas;

    @Inject
    Customers customers;

    @Inject
    RequestNotices notices;

    @Inject
    IntakeForms intakeForms;

    @Inject
    jakarta.enterprise.event.Event<RequestReceived> receivedEvents;

    /** A received request and its tracking token; {@code replayed} when an earlier intake had the same key. */
    public record Received(ServiceRequest request, String trackingToken, boolean replayed) {
    }

    /** Staff record a request taken by phone, e-mail, chat or in person. */
    @Transactional
    public Received record(Intake intake, String idempotencyKey) {
        currentTenant.requireAny(TenantRole.CUSTOMER_SERVICE, TenantRole.TENANT_ADMIN);
        return receive(intake, idempotencyKey, currentTenant.actor());
    }

    /** Without a role check: for the platform's own work (demo data) and, later, the public form. */
    @Transactional
    public Received receive(Intake intake, String idempotencyKey, String recordedBy) {
        UUID tenant = currentTenant.id().orElseThrow(() -> new IllegalStateException("No tenant bound"));
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInput(Map.of("idempotencyKey", "validation.idempotencyKey"));
        }
        if (idempotencyKey != null) {
            Optional<Received> earlier = earlier(idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        IntakeForm form = intakeForms.current();
        Map<String, String> problems = problems(intake, form);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        intake = asAsked(intake, form);
        Instant now = Instant.now();
        int year = now.atZone(ZoneId.of(settings.current().timeZone())).getYear();
        // Everything that does not need the number first: the number's counter row is locked from the moment it
        // is taken until commit, and every intake of the institution waits for it.
        ServiceRequest request = new ServiceRequest(UUID.randomUUID(), provisionalNumber(), intake, now, recordedBy);
        request.linkTo(customers.forRequest(request.customerOrganisation(), request.contactName(),
                request.contactPhone(), request.contactEmail()).id());
        List<RequestSla> targets = slas.plan(request);
        tenantData.em().persist(request);
        targets.forEach(tenantData.em()::persist);
        String token = trackingLinks.issue("request:" + request.id());
        if (idempotencyKey != null) {
            int stored = tenantData.em().createNativeQuery("INSERT INTO intake_key (tenant_id, idempotency_key, "
                            + "request_id, tracking_token, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .setParameter(1, tenant).setParameter(2, idempotencyKey).setParameter(3, request.id())
                    .setParameter(4, token).setParameter(5, Timestamp.from(now)).executeUpdate();
            if (stored == 0) {
                // The same key is being received right now; this copy is rolled back.
                throw new ConcurrentEdit("A request with this idempotency key");
            }
        }
        // Then the number, and only what quotes it.
        String number = String.format("SR-%d-%06d", year, nextNumber(tenant, year));
        request.numbered(number);
        timeline.append(request.id(), recordedBy, "RECEIVED", jakarta.json.Json.createObjectBuilder()
                .add("number", number).add("channel", intake.channel().name()).add("type", intake.type())
                .build().toString(), true);
        notices.received(request, trackingUrl(token));
        receivedEvents.fire(new RequestReceived(tenant, request.id(), number));
        return new Received(request, token, false);
    }

    /** The address of a private tracking link, as customers reach LabDesk. */
    public static String trackingUrl(String token) {
        return Setting.link("/track/" + token);
    }

    /** Unique within the transaction's tenant until the real number replaces it before commit. */
    private static String provisionalNumber() {
        return "~" + UUID.randomUUID().toString().replace("-", "").substring(0, 19);
    }

    private Optional<Received> earlier(String key) {
        List<?> rows = tenantData.em().createNativeQuery("SELECT request_id, tracking_token FROM intake_key "
                + "WHERE idempotency_key = ?").setParameter(1, key).getResultList();
        return rows.stream().findFirst().map(r -> (Object[]) r).map(r -> new Received(
                tenantData.em().find(ServiceRequest.class, r[0]), (String) r[1], true));
    }

    private int nextNumber(UUID tenant, int year) {
        Object last = tenantData.em().createNativeQuery("INSERT INTO request_counter (tenant_id, year, last_number) "
                        + "VALUES (?, ?, 1) ON CONFLICT (tenant_id, year) "
                        + "DO UPDATE SET last_number = request_counter.last_number + 1 RETURNING last_number")
                .setParameter(1, tenant).setParameter(2, year).getSingleResult();
        return ((Number) last).intValue();
    }

    /** As received and stored: what the public form did not ask is dropped; no priority → the institution's default. */
    private static Intake asAsked(Intake i, IntakeForm form) {
        Intake asked = withoutHidden(i, form);
        return asked.priority() != null ? asked : new Intake(asked.type(), form.defaultPriority(), asked.emergency(),
                asked.channel(), asked.subject(), asked.description(), asked.organisation(), asked.contactName(),
                asked.contactPhone(), asked.contactEmail(), asked.language());
    }

    /** A hidden field's value is not taken from the public form, whoever posted it. */
    private static Intake withoutHidden(Intake i, IntakeForm form) {
        if (i.channel() != Channel.FORM) {
            return i;
        }
        return new Intake(i.type(), form.shown("priority") ? i.priority() : null,
                i.emergency() && form.shown("emergency"), i.channel(), i.subject(), i.description(),
                form.shown("organisation") ? i.organisation() : null, i.contactName(),
                form.shown("contactPhone") ? i.contactPhone() : null,
                form.shown("contactEmail") ? i.contactEmail() : null, i.language());
    }

    /** What is wrong with an intake, field → message key; the public form also needs what its institution requires. */
    public Map<String, String> problems(Intake intake) {
        return problems(intake, intakeForms.current());
    }

    private Map<String, String> problems(Intake received, IntakeForm form) {
        Intake i = withoutHidden(received, form);
        Map<String, String> errors = new LinkedHashMap<>();
        if (i.channel() == Channel.FORM) {
            for (String field : List.of("organisation", "contactPhone", "contactEmail")) {
                String value = switch (field) {
                    case "organisation" -> i.organisation();
                    case "contactPhone" -> i.contactPhone();
                    default -> i.contactEmail();
                };
                if (form.required(field) && blank(value)) {
                    errors.put(field, "validation.required");
                }
            }
            if (form.required("priority") && i.priority() == null) {
                errors.put("priority", "validation.required");
            }
        }
        if (i.priority() != null && !form.offers(i.priority())) {
            errors.put("priority", "validation.priority.notOffered");
        }
        if (i.type() == null || types.active(i.type()).isEmpty()) {
            errors.put("type", "validation.requestType");
        }
        if (i.channel() == null) {
            errors.put("channel", "validation.channel");
        }
        if (blank(i.subject()) || i.subject().strip().length() > 200) {
            errors.put("subject", "validation.subject");
        }
        if (blank(i.description()) || i.description().strip().length() > 10_000) {
            errors.put("description", "validation.description");
        }
        if (blank(i.contactName()) || i.contactName().strip().length() > 100) {
            errors.put("contactName", "validation.contactName");
        }
        if (i.organisation() != null && i.organisation().strip().length() > 200) {
            errors.put("organisation", "validation.name");
        }
        if (blank(i.contactPhone()) && blank(i.contactEmail())) {
            errors.putIfAbsent("contactPhone", "validation.contact");
        }
        if (!blank(i.contactPhone()) && !PHONE.matcher(i.contactPhone().strip()).matches()) {
            errors.put("contactPhone", "validation.phone");
        }
        if (!blank(i.contactEmail()) && !EmailAddress.valid(i.contactEmail())) {
            errors.put("contactEmail", "validation.email");
        }
        if (!blank(i.language()) && !TenantSettings.LOCALES.contains(i.language().strip())) {
            errors.put("language", "validation.locale");
        }
        if (!errors.isEmpty() && i.channel() == Channel.FORM) {
            // A customer who left out their phone because the form did not ask should read why it is needed.
            if ("validation.contact".equals(errors.get("contactPhone")) && !form.shown("contactPhone")) {
                errors.remove("contactPhone");
                errors.put("contactEmail", "validation.required");
            }
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
