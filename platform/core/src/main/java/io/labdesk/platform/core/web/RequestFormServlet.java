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
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
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
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxFileSize = Attachments.MAX_BYTES,
        maxRequestSize = (long) Attachments.MAX_BYTES * Attachments.MAX_FILES + 1024 * 1024)
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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String resource = resource(request);
        Optional<Tenant> tenant = resource.isEmpty() ? Optional.empty() : tenant(request);
        Optional<PublicForm> moduleForm = tenant.isEmpty() || "request".equals(resource)
                || BrandAssets.serves(resource) ? Optional.empty() : moduleForms.find(resource,
                request.getParameter("key"));
        if (tenant.isEmpty() || !"request".equals(resource) && !BrandAssets.serves(resource)
                && moduleForm.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
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

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.setCharacterEncoding("UTF-8");
        String resource = resource(request);
        Optional<Tenant> tenant = resource.isEmpty() || BrandAssets.serves(resource) ? Optional.empty()
                : tenant(request);
        Optional<PublicForm> moduleForm = tenant.isEmpty() || "request".equals(resource) ? Optional.empty()
                : moduleForms.find(resource, request.getParameter("key"));
        if (tenant.isEmpty() || !"request".equals(resource) && moduleForm.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
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
            Page.send(response, 200, locale, Messages.get("public.form.title", locale), tenant.get(), brands.look(),
                    "<p>" + Page.t(locale, "public.form.thanks") + "</p>");
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
        List<Attachments.Upload> uploads = new ArrayList<>();
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return uploads; // a plain form post carries no files
        }
        for (Part part : request.getParts()) {
            if ("attachments".equals(part.getName()) && part.getSubmittedFileName() != null
                    && !part.getSubmittedFileName().isBlank()) {
                try (InputStream in = part.getInputStream()) {
                    uploads.add(new Attachments.Upload(part.getSubmittedFileName(), part.getContentType(),
                            in.readAllBytes()));
                }
            }
        }
        return uploads;
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
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(Page.t(locale, "public.form.title")).append("</h1><p class=\"ld-lead\">")
                .append(Page.t(locale, "public.form.lead", tenant.name(locale))).append("</p>");
        html.append("<p class=\"ld-lang\"><a href=\"?lang=zh-CN\">中文</a> · <a href=\"?lang=en\">English</a></p>");
        if (errors.containsKey("form")) {
            html.append("<p class=\"ld-error\" role=\"alert\" id=\"form-error\">")
                    .append(Page.t(locale, errors.get("form"))).append("</p>");
        } else if (!errors.isEmpty()) {
            html.append("<p class=\"ld-error\" role=\"alert\" id=\"form-error\">")
                    .append(Page.t(locale, "public.form.fix")).append("</p>");
        }
        html.append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"request?lang=")
                .append(locale.toLanguageTag()).append("\" novalidate>")
                .append("<input type=\"hidden\" name=\"formKey\" value=\"").append(UUID.randomUUID()).append("\">");
        html.append(label("type", locale, true)).append("<select id=\"type\" name=\"type\">");
        for (RequestType type : types.list()) {
            if (type.active()) {
                html.append("<option value=\"").append(Page.escape(type.code())).append('"')
                        .append(type.code().equals(values.get("type")) ? " selected" : "").append('>')
                        .append(Page.escape(type.name(locale))).append("</option>");
            }
        }
        html.append("</select>").append(error("type", errors, locale));
        if (asked.shown("priority")) {
            String chosen = values.get("priority") == null ? asked.required("priority") ? ""
                    : asked.defaultPriority().name() : values.get("priority");
            html.append(label("priority", locale, asked.required("priority")))
                    .append("<select id=\"priority\" name=\"priority\">");
            if (asked.required("priority")) {
                html.append("<option value=\"\"></option>");
            }
            for (IntakeForm.PriorityChoice p : asked.offered()) {
                html.append("<option value=\"").append(p.priority().name()).append('"')
                        .append(p.priority().name().equals(chosen) ? " selected" : "").append('>')
                        .append(Page.escape(p.name(locale))).append("</option>");
            }
            html.append("</select>").append(error("priority", errors, locale));
        }
        html.append(input("subject", "text", values, errors, locale, true, 200));
        html.append(label("description", locale, true)).append("<textarea id=\"description\" name=\"description\" "
                        + "rows=\"6\" maxlength=\"10000\">").append(Page.escape(values.get("description")))
                .append("</textarea>").append(error("description", errors, locale));
        if (asked.shown("emergency")) {
            html.append("<label class=\"ld-check\"><input type=\"checkbox\" id=\"emergency\" name=\"emergency\"")
                    .append(emergency ? " checked" : "").append("> ").append(Page.t(locale, "public.field.emergency"))
                    .append("</label>");
        }
        optional(html, asked, "organisation", "text", values, errors, locale, 200);
        html.append(input("contactName", "text", values, errors, locale, true, 100));
        optional(html, asked, "contactPhone", "tel", values, errors, locale, 40);
        optional(html, asked, "contactEmail", "email", values, errors, locale, 320);
        if (asked.shown("contactPhone") && asked.shown("contactEmail")
                && !asked.required("contactPhone") && !asked.required("contactEmail")) {
            html.append("<p class=\"ld-hint\">").append(Page.t(locale, "public.form.contactHint")).append("</p>");
        }
        if (asked.shown("attachments")) {
            html.append(label("attachments", locale, asked.required("attachments")))
                    .append("<input type=\"file\" id=\"attachments\" name=\"attachments\" multiple "
                            + "accept=\".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt,.csv\">")
                    .append("<p class=\"ld-hint\">").append(Page.t(locale, "public.form.attachmentsHint",
                            Attachments.MAX_FILES, Attachments.MAX_BYTES / (1024 * 1024))).append("</p>")
                    .append(values.get(REFUSED_FILE) != null && errors.containsKey("attachments")
                            ? "<p class=\"ld-field-error\" id=\"attachments-error\">" + Page.t(locale,
                            "public.form.refusedFile", values.get(REFUSED_FILE),
                            Messages.get(errors.get("attachments"), locale)) + "</p>"
                            : error("attachments", errors, locale));
        }
        html.append("<div class=\"ld-trap\" aria-hidden=\"true\"><label>Website <input name=\"website\" "
                + "tabindex=\"-1\" autocomplete=\"off\"></label></div>");
        html.append("<button type=\"submit\" id=\"submit\">").append(Page.t(locale, "public.form.submit"))
                .append("</button></form>");
        Page.send(response, status, locale, Messages.get("public.form.title", locale), tenant, brands.look(),
                html.toString());
    }

    private static void optional(StringBuilder html, IntakeForm asked, String field, String type,
                                 Map<String, String> values, Map<String, String> errors, Locale locale, int max) {
        if (asked.shown(field)) {
            html.append(input(field, type, values, errors, locale, asked.required(field), max));
        }
    }

    private static String label(String field, Locale locale, boolean required) {
        return "<label for=\"" + field + "\">" + Page.t(locale, "public.field." + field)
                + (required ? " <span class=\"ld-required\">*</span>" : "") + "</label>";
    }

    private static String input(String field, String type, Map<String, String> values, Map<String, String> errors,
                                Locale locale, boolean required, int max) {
        // "A phone or an e-mail address" concerns both fields: both are marked, the message stands once.
        boolean invalid = errors.containsKey(field)
                || "contactEmail".equals(field) && "validation.contact".equals(errors.get("contactPhone"));
        return label(field, locale, required) + "<input type=\"" + type + "\" id=\"" + field + "\" name=\"" + field
                + "\" maxlength=\"" + max + "\" value=\"" + Page.escape(values.get(field)) + "\""
                + (invalid ? " aria-invalid=\"true\"" : "") + ">" + error(field, errors, locale);
    }

    private static String error(String field, Map<String, String> errors, Locale locale) {
        return errors.containsKey(field) ? "<p class=\"ld-field-error\" id=\"" + field + "-error\">"
                + Page.t(locale, errors.get(field)) + "</p>" : "";
    }
}
