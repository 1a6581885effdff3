package io.labdesk.modules.retest.interfaces;

import com.vaadin.flow.component.UI;
import io.labdesk.modules.retest.RetestModule;
import io.labdesk.modules.retest.application.RetestCases;
import io.labdesk.platform.api.module.RequestSection;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.request.RequestDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Retests on a request's page: the cases opened on it, each opening the case; on a dispute or a technical question,
 * one click opens a new case with the request's number filled in.
 */
@ApplicationScoped
public class RetestRequestSection implements RequestSection {

    @Inject
    RetestCases cases;

    @Inject
    RequestDirectory requests;

    @Inject
    TenantModules modules;

    @Override
    public Text title() {
        return Text.of("复测", "Retests");
    }

    @Override
    public String permission() {
        return RetestModule.READ;
    }

    @Override
    public List<Entry> about(UUID requestId, String number) {
        Locale locale = UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale();
        return cases.onRequest(requestId).stream().map(c -> new Entry(c.number() + " · " + c.reportNumber(),
                c.status().label().in(locale), "retests/" + c.id())).toList();
    }

    @Override
    public Optional<Link> start(UUID requestId, String number) {
        boolean fits = requests.find(requestId).map(r -> RetestCases.REQUEST_TYPES.contains(r.typeCode()))
                .orElse(false);
        if (!fits || !modules.permitted(RetestModule.RECORD)) {
            return Optional.empty();
        }
        return Optional.of(new Link(Text.of("发起复测", "Open a retest"),
                "retests?request=" + URLEncoder.encode(number, StandardCharsets.UTF_8)));
    }
}
