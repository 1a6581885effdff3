package io.labdesk.platform.core.web;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.fee.Quotes;
import io.labdesk.platform.core.brand.Brands;
import io.labdesk.platform.core.fee.QuoteBook;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /t/{slug}/quote?key=…}: the quote a private link opens, its lines and total, accepted or declined by the
 * customer (with a note) while it awaits their answer. Unknown keys, and another institution's, find nothing.
 */
@ApplicationScoped
public class QuotePage {

    static final String PATH = "quote";

    @Inject
    QuoteBook quotes;

    @Inject
    Brands brands;

    @Inject
    FormRateLimit rateLimit;

    void get(Tenant tenant, Locale locale, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String key = request.getParameter("key");
        Optional<Quotes.Quote> quote = quotes.opened(key);
        if (quote.isEmpty()) {
            unknown(tenant, locale, response);
            return;
        }
        show(response, 200, tenant, locale, quote.get(), key, null, null);
    }

    void post(Tenant tenant, Locale locale, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String key = request.getParameter("key");
        Optional<Quotes.Quote> quote = quotes.opened(key);
        if (quote.isEmpty()) {
            unknown(tenant, locale, response);
            return;
        }
        if (!rateLimit.allow(tenant.slug(), request.getRemoteAddr())) {
            show(response, 429, tenant, locale, quote.get(), key, null, "public.form.tooMany");
            return;
        }
        String answer = request.getParameter("answer");
        if (!"accept".equals(answer) && !"decline".equals(answer)) {
            show(response, 400, tenant, locale, quote.get(), key, null, "public.quote.chooseAnswer");
            return;
        }
        try {
            Quotes.Quote answered = quotes.answer(key, "accept".equals(answer), request.getParameter("answerNote"));
            show(response, 200, tenant, locale, answered, key, "accept".equals(answer) ? "public.quote.acceptedNow"
                    : "public.quote.declinedNow", null);
        } catch (InvalidInput e) {
            show(response, 409, tenant, locale, quotes.opened(key).orElse(quote.get()), key, null,
                    e.fieldMessageKeys().values().iterator().next());
        } catch (NotFound e) {
            unknown(tenant, locale, response);
        }
    }

    private void show(HttpServletResponse response, int status, Tenant tenant, Locale locale, Quotes.Quote quote,
                      String key, String answeredNow, String error) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("quote", quote);
        model.put("key", key);
        model.put("issued", tenant.localTime(quote.issuedAt()));
        model.put("answeredNow", answeredNow);
        model.put("error", error);
        model.put("action", "/t/" + tenant.slug() + "/" + PATH + "?lang=" + locale.toLanguageTag());
        Page.send(response, status, "quote", locale, Page.frame(locale, Page.t(locale, "public.quote.title",
                quote.number()), tenant, brands.look()), model);
    }

    private void unknown(Tenant tenant, Locale locale, HttpServletResponse response) throws IOException {
        Page.message(response, 404, locale, Page.frame(locale, Page.t(locale, "public.quote.unknown"), tenant,
                brands.look()), Page.t(locale, "public.quote.unknown"), Page.t(locale, "public.quote.unknownHint"), null);
    }
}
