package io.labdesk.platform.core.web;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.api.request.RequestStatus;
import io.labdesk.platform.core.brand.Brands;
import io.labdesk.platform.core.intake.IntakeForm;
import io.labdesk.platform.core.intake.IntakeForms;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.request.Attachments;
import io.labdesk.platform.core.request.CustomerRequests;
import io.labdesk.platform.core.request.RequestEvent;
import io.labdesk.platform.core.request.ServiceRequest;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.tenant.Tenant;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /track/{token}}: what the customer sees of their request — number, status, the agreed follow-up and
 * delivery times, and each step meant for them (acceptance, questions, the reply). Internal notes never appear.
 * Until the request is closed the customer may add a note or files to it here; a refused addition is shown again
 * with its message and nothing stored.
 */
@WebServlet(urlPatterns = "/track/*", name = "LabDeskTrackingPage")
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxFileSize = FormPost.MOST_BYTES,
        maxRequestSize = FormPost.MOST_BYTES)
public class TrackingPageServlet extends HttpServlet {

    /** A step of the request as its customer reads it. */
    public record Step(String kind, String at, String text) {
    }

    /** A module's form offered about this request. */
    public record Link(String path, String href, String label) {
    }

    @Inject
    CustomerRequests customerRequests;

    @Inject
    TenantSettings settings;

    @Inject
    IntakeForms intakeForms;

    @Inject
    Brands brands;

    @Inject
    ModuleFormPage moduleForms;

    @Inject
    FormRateLimit rateLimit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        Optional<CustomerRequests.Tracked> tracked = customerRequests.track(token);
        if (tracked.isEmpty()) {
            unknown(request, response);
            return;
        }
        Locale locale = Page.locale(request, settings.current().defaultLocale());
        page(response, 200, token, tracked.get(), locale, request.getParameter("new") != null,
                request.getParameter("added") != null, Map.of(), null, "");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String token = token(request);
        Optional<CustomerRequests.Tracked> tracked = customerRequests.track(token);
        if (tracked.isEmpty()) {
            unknown(request, response);
            return;
        }
        Tenant tenant = settings.current();
        Locale locale = Page.locale(request, tenant.defaultLocale());
        if (!FormPost.readable(request)) {
            page(response, 413, token, tracked.get(), locale, false, false, Map.of("attachments",
                    Messages.get("validation.attachments.post", locale)), "public.form.fix", null);
            return;
        }
        String note = request.getParameter("note");
        if (!rateLimit.allow("track:" + tenant.slug(), request.getRemoteAddr())) {
            page(response, 429, token, tracked.get(), locale, false, false, Map.of(), "public.form.tooMany", note);
            return;
        }
        List<Attachments.Upload> uploads;
        try {
            uploads = uploads(request);
        } catch (IllegalStateException | IOException | ServletException e) {
            page(response, 400, token, tracked.get(), locale, false, false,
                    Map.of("attachments", Messages.get("validation.attachments.size", locale)), "public.form.fix", note);
            return;
        }
        String formKey = request.getParameter("formKey");
        try {
            customerRequests.add(token, note, uploads, formKey != null && formKey.matches("[0-9a-f-]{36}")
                    ? formKey : null);
        } catch (Attachments.RefusedFile e) {
            page(response, 400, token, tracked.get(), locale, false, false, Map.of("attachments", Messages.get(
                    "public.form.refusedFile", locale, e.fileName(), Messages.get(
                            e.fieldMessageKeys().get("attachments"), locale))), "public.form.fix", note);
            return;
        } catch (InvalidInput e) {
            Map<String, String> errors = new HashMap<>();
            e.fieldMessageKeys().forEach((field, key) -> errors.put(field, Messages.get(key, locale)));
            String formError = e.fieldMessageKeys().getOrDefault("form", "public.form.fix");
            errors.remove("form");
            page(response, 400, token, customerRequests.track(token).orElseThrow(), locale, false, false, errors,
                    formError, note);
            return;
        } catch (ConcurrentEdit e) {
            page(response, 409, token, tracked.get(), locale, false, false, Map.of(), "error.conflict", note);
            return;
        }
        // Shown anew by a GET, so that reloading the page does not send the addition again.
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/track/" + URLEncoder.encode(token,
                StandardCharsets.UTF_8) + "?added=1&lang=" + locale.toLanguageTag() + "#add");
    }

    private static String token(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    }

    private static void unknown(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Page.locale(request, Locale.SIMPLIFIED_CHINESE);
        Page.message(response, 404, locale, Page.frame(locale, Messages.get("public.track.unknown", locale), ""),
                Messages.get("public.track.unknown", locale), Messages.get("public.track.unknownHint", locale), null);
    }

    private static List<Attachments.Upload> uploads(HttpServletRequest request) throws IOException, ServletException {
        return FormPost.files(request, "attachments");
    }

    /** {@code errors}: translated messages by field; {@code formError}: the message key above the addition. */
    private void page(HttpServletResponse response, int status, String token, CustomerRequests.Tracked tracked,
                      Locale locale, boolean isNew, boolean added, Map<String, String> errors, String formError,
                      String note) throws IOException {
        Tenant tenant = settings.current();
        ServiceRequest r = tracked.request();
        IntakeForm.TrackingWording wording = intakeForms.current().tracking();
        Map<String, Object> model = new HashMap<>();
        model.put("isNew", isNew);
        model.put("added", added);
        model.put("subject", r.subject());
        model.put("intro", wording.intro(locale).isBlank() ? null : wording.intro(locale));
        model.put("contact", wording.contact(locale).isBlank() ? null : wording.contact(locale));
        model.put("number", r.number());
        model.put("status", r.status().name());
        model.put("receivedAt", tenant.localTime(r.receivedAt()));
        model.put("agreedFollowUpAt", r.agreedFollowUpAt() == null ? null : tenant.localTime(r.agreedFollowUpAt()));
        model.put("agreedDeliveryAt", r.agreedDeliveryAt() == null ? null : tenant.localTime(r.agreedDeliveryAt()));
        model.put("files", tracked.files().stream().map(f -> f.fileName() + " (" + Math.max(1, f.sizeBytes() / 1024)
                + " KB)").toList());
        model.put("steps", tracked.replies().stream().map(e -> new Step(e.kind(), tenant.localTime(e.occurredAt()),
                shown(e, tenant))).toList());
        List<Link> links = new ArrayList<>();
        for (PublicForm form : moduleForms.offeredOnTracking()) {
            // What modules offer about this request (a complaint): the form opens with its number and contact.
            links.add(new Link(form.path(), "/t/" + tenant.slug() + "/" + form.path() + "?from="
                    + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&lang=" + locale.toLanguageTag(),
                    form.trackingLink().in(locale)));
        }
        model.put("links", links);
        model.put("closed", r.status() == RequestStatus.CLOSED);
        model.put("action", URLEncoder.encode(token, StandardCharsets.UTF_8) + "?lang=" + locale.toLanguageTag());
        model.put("formKey", UUID.randomUUID().toString());
        model.put("addError", formError);
        model.put("addFields", List.of(
                Page.Field.of("note", "textarea", Messages.get("public.track.note", locale), false,
                        CustomerRequests.MAX_NOTE, note, errors.containsKey("note"), errors.get("note"), null),
                Page.Field.of("attachments", "file", Messages.get("public.field.attachments", locale), false, 0, null,
                        errors.containsKey("attachments"), errors.get("attachments"), Messages.get(
                                "public.form.attachmentsHint", locale, Attachments.MAX_FILES,
                                Attachments.MAX_BYTES / (1024 * 1024)))));
        Page.send(response, status, "tracking", locale, Page.frame(locale, r.number() + " · " + tenant.name(locale),
                tenant, brands.look()), model);
    }

    /**
     * What of a step the customer reads: the reply, the question, the agreed times, what they added themselves;
     * nothing else of its detail.
     */
    private static String shown(RequestEvent event, Tenant tenant) {
        JsonObject detail = Json.createReader(new StringReader(event.detail())).readObject();
        return switch (event.kind()) {
            case "RESOLVE" -> detail.getString("reply", null);
            case "WAIT_FOR_CUSTOMER", "EMAIL_SENT" -> detail.getString("note", null);
            case "ACKNOWLEDGE" -> detail.containsKey("agreedDeliveryAt")
                    ? tenant.localTime(Instant.parse(detail.getString("agreedFollowUpAt"))) + " / "
                    + tenant.localTime(Instant.parse(detail.getString("agreedDeliveryAt"))) : null;
            case "CUSTOMER_ADDED" -> String.join("\n", detail.containsKey("note") ? detail.getString("note") : "",
                    detail.containsKey("files") ? detail.getString("files") : "").strip();
            default -> null;
        };
    }
}
