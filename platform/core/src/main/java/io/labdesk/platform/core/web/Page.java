package io.labdesk.platform.core.web;

import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.core.brand.Brands;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.tenant.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The frame of the pages customers see without an account: plain HTML that works without script, in the language
 * they chose ({@code ?lang=}) or their browser asks for, else the institution's.
 */
final class Page {

    private Page() {
    }

    static Locale locale(HttpServletRequest request, Locale institutionDefault) {
        Optional<Locale> chosen = Languages.spoken(request.getParameter("lang"));
        if (chosen.isPresent()) {
            return chosen.get();
        }
        // Without the header the container answers its own default locale, which says nothing of the reader.
        List<Locale> asked = request.getHeader("Accept-Language") == null ? List.of()
                : Collections.list(request.getLocales());
        return Languages.choose(asked, institutionDefault);
    }

    static String t(Locale locale, String key, Object... params) {
        return escape(Messages.get(key, locale, params));
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A page of an institution, in its brand (logo, primary colour). */
    static void send(HttpServletResponse response, int status, Locale locale, String title, Tenant tenant,
                     Brands.Look look, String body) throws IOException {
        String base = "/t/" + tenant.slug() + "/";
        String head = look.primaryColour() == null ? "" : "<link rel=\"stylesheet\" href=\"" + base + "brand.css?v="
                + look.version() + "\">";
        String logo = look.hasLogo() ? "<img class=\"ld-logo\" id=\"brand-logo\" alt=\"\" src=\"" + base + "logo?v="
                + look.logoSha256().substring(0, 12) + "\">" : "<span class=\"ld-brand\">LabDesk</span>";
        write(response, status, locale, title, head, logo, tenant.name(locale), body);
    }

    /** A page outside any institution's brand. */
    static void send(HttpServletResponse response, int status, Locale locale, String title, String institution,
                     String body) throws IOException {
        write(response, status, locale, title, "", "<span class=\"ld-brand\">LabDesk</span>", institution, body);
    }

    private static void write(HttpServletResponse response, int status, Locale locale, String title, String head,
                              String brand, String institution, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self'; form-action 'self'");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><link rel=\"stylesheet\" href=\"/labdesk/public.css\">" + head
                + "</head><body><header class=\"ld-header\">" + brand + "<span class=\"ld-institution\">"
                + escape(institution) + "</span></header><main class=\"ld-main\">" + body + "</main></body></html>");
    }
}
