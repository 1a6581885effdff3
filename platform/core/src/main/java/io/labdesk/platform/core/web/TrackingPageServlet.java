package io.labdesk.platform.core.web;

import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.core.brand.Brands;
import io.labdesk.platform.core.intake.IntakeForm;
import io.labdesk.platform.core.intake.IntakeForms;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.request.CustomerRequests;
import io.labdesk.platform.core.request.RequestAttachment;
import io.labdesk.platform.core.request.RequestEvent;
import io.labdesk.platform.core.request.ServiceRequest;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.tenant.Tenant;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /track/{token}}: what the customer sees of their request — number, status, the agreed follow-up and
 * delivery times, and each step meant for them (acceptance, questions, the reply). Internal notes never appear.
 */
@WebServlet(urlPatterns = "/track/*", name = "LabDeskTrackingPage")
public class TrackingPageServlet extends HttpServlet {

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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<CustomerRequests.Tracked> tracked = customerRequests.track(token);
        if (tracked.isEmpty()) {
            Locale locale = Page.locale(request, Locale.SIMPLIFIED_CHINESE);
            Page.send(response, 404, locale, Messages.get("public.track.unknown", locale), "",
                    "<h1>" + Page.t(locale, "public.track.unknown") + "</h1><p>" + Page.t(locale,
                            "public.track.unknownHint") + "</p>");
            return;
        }
        Tenant tenant = settings.current();
        Locale locale = Page.locale(request, tenant.defaultLocale());
        ServiceRequest r = tracked.get().request();
        StringBuilder html = new StringBuilder();
        if (request.getParameter("new") != null) {
            html.append("<p class=\"ld-notice\" id=\"received-notice\">")
                    .append(Page.t(locale, "public.track.received", r.number())).append("</p>");
        }
        IntakeForm.TrackingWording wording = intakeForms.current().tracking();
        html.append("<h1>").append(Page.escape(r.subject())).append("</h1>");
        if (!wording.intro(locale).isBlank()) {
            html.append("<p class=\"ld-wording\" id=\"tracking-intro\">").append(Page.escape(wording.intro(locale)))
                    .append("</p>");
        }
        html.append("<dl class=\"ld-facts\">")
                .append(fact(locale, "number", "<span id=\"request-number\">" + Page.escape(r.number()) + "</span>"))
                .append(fact(locale, "status", "<span id=\"request-status\" class=\"ld-status\">"
                        + Page.t(locale, "public.status." + r.status().name()) + "</span>"))
                .append(fact(locale, "receivedAt", tenant.localTime(r.receivedAt())));
        if (r.agreedFollowUpAt() != null) {
            html.append(fact(locale, "agreedFollowUpAt", "<span id=\"agreed-follow-up\">"
                    + tenant.localTime(r.agreedFollowUpAt()) + "</span>"));
            html.append(fact(locale, "agreedDeliveryAt", "<span id=\"agreed-delivery\">"
                    + tenant.localTime(r.agreedDeliveryAt()) + "</span>"));
        }
        html.append("</dl>");
        if (!tracked.get().files().isEmpty()) {
            html.append("<h2>").append(Page.t(locale, "public.track.files")).append("</h2><ul class=\"ld-files\">");
            for (RequestAttachment file : tracked.get().files()) {
                html.append("<li>").append(Page.escape(file.fileName())).append(" (")
                        .append(Math.max(1, file.sizeBytes() / 1024)).append(" KB)</li>");
            }
            html.append("</ul>");
        }
        html.append("<h2>").append(Page.t(locale, "public.track.history")).append("</h2><ol id=\"history\" "
                + "class=\"ld-history\">");
        for (RequestEvent event : tracked.get().replies()) {
            html.append("<li class=\"ld-step\" data-kind=\"").append(event.kind()).append("\"><time>")
                    .append(tenant.localTime(event.occurredAt())).append("</time> <strong>")
                    .append(Page.t(locale, "public.event." + event.kind())).append("</strong>")
                    .append(shown(event, tenant)).append("</li>");
        }
        html.append("</ol>");
        if (!wording.contact(locale).isBlank()) {
            html.append("<p class=\"ld-wording\" id=\"tracking-contact\">")
                    .append(Page.escape(wording.contact(locale))).append("</p>");
        }
        for (PublicForm form : moduleForms.offeredOnTracking()) {
            // What modules offer about this request (a complaint): the form opens with its number and contact.
            html.append("<p class=\"ld-more\"><a id=\"form-link-").append(form.path()).append("\" href=\"/t/")
                    .append(tenant.slug()).append('/').append(form.path()).append("?from=").append(Page.escape(token))
                    .append("&amp;lang=").append(locale.toLanguageTag()).append("\">")
                    .append(Page.escape(form.trackingLink().in(locale))).append("</a></p>");
        }
        html.append("<p class=\"ld-hint\">").append(Page.t(locale, "public.track.private")).append("</p>");
        Page.send(response, 200, locale, r.number() + " · " + tenant.name(locale), tenant, brands.look(),
                html.toString());
    }

    /** What of a step the customer reads: the reply, the question, the agreed times; nothing else of its detail. */
    private static String shown(RequestEvent event, Tenant tenant) {
        JsonObject detail = Json.createReader(new StringReader(event.detail())).readObject();
        String text = switch (event.kind()) {
            case "RESOLVE" -> detail.getString("reply", null);
            case "WAIT_FOR_CUSTOMER" -> detail.getString("note", null);
            case "ACKNOWLEDGE" -> detail.containsKey("agreedDeliveryAt")
                    ? tenant.localTime(Instant.parse(detail.getString("agreedFollowUpAt"))) + " / "
                    + tenant.localTime(Instant.parse(detail.getString("agreedDeliveryAt"))) : null;
            default -> null;
        };
        return text == null ? "" : "<div class=\"ld-reply\">" + Page.escape(text) + "</div>";
    }

    private static String fact(Locale locale, String key, String valueHtml) {
        return "<dt>" + Page.t(locale, "public.track." + key) + "</dt><dd>" + valueHtml + "</dd>";
    }
}
