package io.labdesk.platform.core.web;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.api.request.Priority;
import io.labdesk.platform.core.brand.Brands;
import io.labdesk.platform.core.intake.IntakeForm;
import io.labdesk.platform.core.intake.IntakeForms;
import io.labdesk.platform.core.intake.RequestType;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.request.Attachments;
import io.labdesk.platform.core.request.CustomerRequests;
import io.labdesk.platform.core.request.Intake;
import io.labdesk.platform.core.request.RequestIntake;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantDirectory;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /t/{slug}/request}: an institution's public request form (P2). A valid request is stored with its files and
 * the customer is sent to its private tracking page; an invalid one is shown again with a message at each field
 * and nothing stored. Submissions per client are limited. Modules' public forms are served beside it
 * ({@link ModuleFormPage}).
 */
@WebServlet(urlPatterns = "/t/*", name = "LabDeskPublicForm")
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxFileSize = FormPost.MOST_BYTES,
        maxRequestSize = FormPost.MOST_BYTES)
public class RequestFormServlet extends HttpServlet {

    /** Where a refused file's name waits beside what was typed, for the message at the file field. */
    private static final String REFUSED_FILE = "attachments.refused";
    private static final List<String> FIELDS = List.of("type", "priority", "subject", "description",
            "organisation", "contactName", "contactPhone", "contactEmail");

    @Inject
    TenantDirectory directory;

    @Inject
    RequestTypes types;

    @Inject
    CustomerRequests customerRequests;

    @Inject
    FormRateLimit rateLimit;

    @Inject
    IntakeForms intakeForms;

    @Inject
    Brands brands;

    @Inject
    ModuleFormPage moduleForms;

    @Inject
    QuotePage quotePage;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String resource = resource(request);
        Optional<Tenant> tenant = resource.isEmpty() ? Optional.empty() : tenant(request);
        if (tenant.isPresent() && QuotePage.PATH.equals(resource)) {
            quotePage.get(tenant.get(), Page.locale(request, tenant.get().defaultLocale()), request, response);
            return;
        }
        Optional<PublicForm> moduleForm = tenant.isEmpty() || "request".equals(resource)
                || BrandAssets.serves(resource) ? Optional.empty() : moduleForms.find(resource,
                request.getParameter("key"));
        if (tenant.isEmpty() || !"request".equals(resource) && !BrandAssets.serves(resource)
                && moduleForm.isEmpty()) {
            notFound(request, response, tenant);
            return;
        }
        if (moduleForm.isPresent()) {
            moduleForms.get(moduleForm.get(), tenant.get(), Page.locale(request, tenant.get().defaultLocale()),
                    request, response);
            return;
        }
        if (BrandAssets.serves(resource)) {
            BrandAssets.send(resource, brands, request, response);
            return;
        }
        Locale locale = Page.locale(request, tenant.get().defaultLocale());
        form(response, 200, tenant.get(), locale, Map.of(), Map.of(), false);
    }

    /**
     * An address that opens nothing, said on a page of its own: no institution has it, or the institution offers no
     * such page (in its brand then, pointing to its request form).
     */
    private void notFound(HttpServletRequest request, HttpServletResponse response, Optional<Tenant> tenant)
            throws IOException {
        if (tenant.isEmpty()) {
            Locale locale = Page.locale(request, Locale.SIMPLIFIED_CHINESE);
            Page.message(response, 404, locale, Page.frame(locale, Page.t(locale, "public.institution.unknown"), ""),
                    Page.t(locale, "public.institution.unknown"), Page.t(locale, "public.institution.unknownHint"),
                    "not-found");
            return;
        }
        Locale locale = Page.locale(request, tenant.get().defaultLocale());
        Page.message(response, 404, locale, Page.frame(locale, Page.t(locale, "public.page.unknown"), tenant.get(),
                        brands.look()), Page.t(locale, "public.page.unknown"),
                Page.t(locale, "public.page.unknownHint", "/t/" + tenant.get().slug() + "/request"), "not-found");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.setCharacterEncoding("UTF-8");
        String resource = resource(request);
        Optional<Tenant> tenant = resource.isEmpty() || BrandAssets.serves(resource) ? Optional.empty()
                : tenant(request);
        if (tenant.isPresent() && !FormPost.readable(request)) {
            // Larger than the server reads at all: said on the institution's own page, never the server's error page.
            Locale locale = Page.locale(request, tenant.get().defaultLocale());
            if ("request".equals(resource)) {
                form(response, 413, tenant.get(), locale, new LinkedHashMap<>(), Map.of("attachments",
                        "validation.attachments.post"), false);
            } else {
                Page.message(response, 413, locale, Page.frame(locale, Page.t(locale, "public.form.title"),
                        tenant.get(), brands.look()), null, Page.t(locale, "validation.attachments.post"), "too-large");
            }
            return;
        }
        if (tenant.isPresent() && QuotePage.PATH.equals(resource)) {
            quotePage.post(tenant.get(), Page.locale(request, tenant.get().defaultLocale()), request, response);
            return;
        }
        Optional<PublicForm> moduleForm = tenant.isEmpty() || "request".equals(resource) ? Optional.empty()
                : moduleForms.find(resource, request.getParameter("key"));
        if (tenant.isEmpty() || !"request".equals(resource) && moduleForm.isEmpty()) {
            notFound(request, response, tenant);
            return;
        }
        if (moduleForm.isPresent()) {
            moduleForms.post(moduleForm.get(), tenant.get(), Page.locale(request, tenant.get().defaultLocale()),
                    request, response);
            return;
        }
        Locale locale = Page.locale(request, tenant.get().defaultLocale());
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, request.getParameter(f)));
        boolean emergency = request.getParameter("emergency") != null;
        if (request.getParameter("website") != null && !request.getParameter("website").isEmpty()) {
            // The hidden field only robots fill in: answer as if received, store nothing.
            Page.message(response, 200, locale, Page.frame(locale, Page.t(locale, "public.form.title"), tenant.get(),
                    brands.look()), null, Page.t(locale, "public.form.thanks"), null);
            return;
        }
        if (!rateLimit.allow(tenant.get().slug(), request.getRemoteAddr())) {
            form(response, 429, tenant.get(), locale, values, Map.of("form", "public.form.tooMany"), emergency);
            return;
        }
        List<Attachments.Upload> uploads;
        try {
            uploads = uploads(request);
        } catch (IllegalStateException | IOException e) {
            form(response, 400, tenant.get(), locale, values, Map.of("attachments", "validation.attachments.size"),
                    emergency);
            return;
        }
        try {
            RequestIntake.Received received = customerRequests.file(new Intake(values.get("type"),
                    priority(values.get("priority")), emergency,
                    null, values.get("subject"), values.get("description"), values.get("organisation"),
                    values.get("contactName"), values.get("contactPhone"), values.get("contactEmail"),
                    locale.getLanguage().equals("zh") ? "zh-CN" : "en"), uploads,
                    formKey(request.getParameter("formKey")));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/track/" + received.trackingToken()
                    + "?new=1&lang=" + locale.toLanguageTag());
        } catch (Attachments.RefusedFile e) {
            values.put(REFUSED_FILE, e.fileName());
            form(response, 400, tenant.get(), locale, values, e.fieldMessageKeys(), emergency);
        } catch (InvalidInput e) {
            form(response, 400, tenant.get(), locale, values, e.fieldMessageKeys(), emergency);
        } catch (ConcurrentEdit e) {
            form(response, 409, tenant.get(), locale, values, Map.of("form", "error.conflict"), emergency);
        }
    }

    private static Priority priority(String value) {
        return Arrays.stream(Priority.values()).filter(p -> p.name().equals(value)).findFirst().orElse(null);
    }

    private static String formKey(String key) {
        return key != null && key.matches("[0-9a-f-]{36}") ? key : null;
    }

    private static List<Attachments.Upload> uploads(HttpServletRequest request) throws IOException, ServletException {
        return FormPost.files(request, "attachments");
    }

    /** {@code /t/{slug}/{resource}}: which page or asset of the institution is asked for. */
    private static String resource(HttpServletRequest request) {
        String[] parts = (request.getPathInfo() == null ? "" : request.getPathInfo()).split("/");
        return parts.length == 3 ? parts[2] : "";
    }

    private Optional<Tenant> tenant(HttpServletRequest request) {
        String[] parts = request.getPathInfo().split("/");
        return directory.findBySlug(parts[1]).filter(t -> !t.suspended());
    }

    private void form(HttpServletResponse response, int status, Tenant tenant, Locale locale, Map<String, String> values,
                      Map<String, String> errors, boolean emergency) throws IOException {
        IntakeForm asked = intakeForms.current();
        Map<String, Page.Field> fields = new HashMap<>();
        List<Page.Choice> typeChoices = types.list().stream().filter(RequestType::active)
                .map(t -> new Page.Choice(t.code(), t.name(locale))).toList();
        fields.put("type", field("type", "select", true, 0, values, errors, locale, typeChoices));
        if (asked.shown("priority")) {
            String chosen = values.get("priority") == null ? asked.required("priority") ? ""
                    : asked.defaultPriority().name() : values.get("priority");
            List<Page.Choice> priorities = new ArrayList<>();
            if (asked.required("priority")) {
                priorities.add(new Page.Choice("", ""));
            }
            asked.offered().forEach(p -> priorities.add(new Page.Choice(p.priority().name(), p.name(locale))));
            Map<String, String> withChosen = new HashMap<>(values);
            withChosen.put("priority", chosen);
            fields.put("priority", field("priority", "select", asked.required("priority"), 0, withChosen, errors,
                    locale, priorities));
        }
        fields.put("subject", field("subject", "text", true, 200, values, errors, locale, null));
        fields.put("description", field("description", "textarea", true, 10000, values, errors, locale, null));
        if (asked.shown("emergency")) {
            fields.put("emergency", Page.Field.of("emergency", "checkbox", Page.t(locale, "public.field.emergency"),
                    false, 0, Boolean.toString(emergency), false, null, null));
        }
        optional(fields, asked, "organisation", "text", values, errors, locale, 200);
        fields.put("contactName", field("contactName", "text", true, 100, values, errors, locale, null));
        optional(fields, asked, "contactPhone", "tel", values, errors, locale, 40);
        optional(fields, asked, "contactEmail", "email", values, errors, locale, 320);
        if (asked.shown("attachments")) {
            String refused = values.get(REFUSED_FILE) != null && errors.containsKey("attachments")
                    ? Page.t(locale, "public.form.refusedFile", values.get(REFUSED_FILE),
                    Messages.get(errors.get("attachments"), locale)) : null;
            Page.Field files = field("attachments", "file", asked.required("attachments"), 0, values, errors, locale,
                    null);
            fields.put("attachments", Page.Field.of("attachments", "file", files.label(), files.required(), 0, null,
                    files.invalid(), refused != null ? refused : files.error(), Page.t(locale,
                            "public.form.attachmentsHint", Attachments.MAX_FILES, Attachments.MAX_BYTES / (1024 * 1024))));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("fields", fields);
        model.put("formKey", UUID.randomUUID().toString());
        model.put("formError", errors.containsKey("form") ? errors.get("form") : errors.isEmpty() ? null
                : "public.form.fix");
        model.put("contactHint", asked.shown("contactPhone") && asked.shown("contactEmail")
                && !asked.required("contactPhone") && !asked.required("contactEmail"));
        Page.send(response, status, "request-form", locale, Page.frame(locale, Page.t(locale, "public.form.title"),
                tenant, brands.look()), model);
    }

    private static void optional(Map<String, Page.Field> fields, IntakeForm asked, String name, String type,
                                 Map<String, String> values, Map<String, String> errors, Locale locale, int max) {
        if (asked.shown(name)) {
            fields.put(name, field(name, type, asked.required(name), max, values, errors, locale, null));
        }
    }

    private static Page.Field field(String name, String type, boolean required, int max, Map<String, String> values,
                                    Map<String, String> errors, Locale locale, List<Page.Choice> choices) {
        // "A phone or an e-mail address" concerns both fields: both are marked, the message stands once.
        boolean invalid = errors.containsKey(name)
                || "contactEmail".equals(name) && "validation.contact".equals(errors.get("contactPhone"));
        return new Page.Field(name, type, Page.t(locale, "public.field." + name), required, max, values.get(name),
                invalid, errors.containsKey(name) ? Page.t(locale, errors.get(name)) : null, null, choices);
    }
}
