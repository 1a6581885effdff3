package io.labdesk.platform.core.web;

import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.core.brand.Brands;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.tenant.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The pages customers see without an account: plain HTML that works without script, drawn from the templates in
 * {@code labdesk-pages/} (Thymeleaf, which escapes every value it shows), in the language they chose
 * ({@code ?lang=}) or their browser asks for, else the institution's. {@code #{key}} in a template reads the
 * platform's messages.
 */
public final class Page {

    private static final TemplateEngine ENGINE = engine();

    /** What frames every page: its language and title, and the institution's brand (logo, colour) and name. */
    public record Frame(String language, String title, String brandCss, String logo, String institution) {
    }

    /** A field of a form as the templates draw it; {@code type} is an input type, "textarea", "select" or "checkbox". */
    public record Field(String name, String type, String label, boolean required, int max, String value,
                        boolean invalid, String error, String hint, List<Choice> choices) {

        public Field {
            value = value == null ? "" : value;
            choices = choices == null ? List.of() : choices;
        }

        /** A field without choices. */
        public static Field of(String name, String type, String label, boolean required, int max, String value,
                               boolean invalid, String error, String hint) {
            return new Field(name, type, label, required, max, value, invalid, error, hint, List.of());
        }

        public boolean checked() {
            return "true".equals(value);
        }
    }

    /** An option of a select; the first empty one, when asked, lets a required choice start unmade. */
    public record Choice(String value, String label) {
    }

    private Page() {
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(Page.class.getClassLoader());
        templates.setPrefix("labdesk-pages/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        templates.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setMessageResolver(new IMessageResolver() {
            @Override
            public String getName() {
                return "labdesk-core";
            }

            @Override
            public Integer getOrder() {
                return 0;
            }

            @Override
            public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] params) {
                return Messages.get(key, context.getLocale(), params == null ? new Object[0] : params);
            }

            @Override
            public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                            Object[] params) {
                return key;
            }
        });
        return engine;
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
        return Messages.get(key, locale, params);
    }

    /** The frame of an institution's page, in its brand (logo, primary colour). */
    static Frame frame(Locale locale, String title, Tenant tenant, Brands.Look look) {
        String base = "/t/" + tenant.slug() + "/";
        return new Frame(locale.toLanguageTag(), title,
                look.primaryColour() == null ? null : base + "brand.css?v=" + look.version(),
                look.hasLogo() ? base + "logo?v=" + look.logoSha256().substring(0, 12) : null, tenant.name(locale));
    }

    /** The frame of a page outside any institution's brand. */
    static Frame frame(Locale locale, String title, String institution) {
        return new Frame(locale.toLanguageTag(), title, null, null, institution);
    }

    /** The page {@code template} drawn with {@code model}, as HTML. */
    static String html(String template, Locale locale, Frame frame, Map<String, Object> model) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("frame", frame);
        return ENGINE.process(template, new Context(locale, variables));
    }

    static void send(HttpServletResponse response, int status, String template, Locale locale, Frame frame,
                     Map<String, Object> model) throws IOException {
        String html = html(template, locale, frame, model);
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self'; form-action 'self'");
        response.getWriter().write(html);
    }

    /** A page that only says something: a heading and a paragraph (either may be null). */
    static void message(HttpServletResponse response, int status, Locale locale, Frame frame, String heading,
                        String text, String textId) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("heading", heading);
        model.put("text", text);
        model.put("textId", textId);
        send(response, status, "message", locale, frame, model);
    }
}
