package io.labdesk.modules.instruments.interfaces;

import com.vaadin.flow.component.UI;
import io.labdesk.modules.instruments.InstrumentServiceModule;
import io.labdesk.modules.instruments.application.ServiceCases;
import io.labdesk.modules.instruments.domain.CaseKind;
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
 * Service cases on a request's page: the cases opened on it, each opening the case; on a repair, replacement,
 * installation or maintenance request without a case under way, one click opens a new case for it.
 */
@ApplicationScoped
public class ServiceRequestSection implements RequestSection {

    @Inject
    ServiceCases cases;

    @Inject
    RequestDirectory requests;

    @Inject
    TenantModules modules;

    @Override
    public Text title() {
        return Text.of("仪器服务单", "Service cases");
    }

    @Override
    public String permission() {
        return InstrumentServiceModule.READ;
    }

    @Override
    public List<Entry> about(UUID requestId, String number) {
        Locale locale = UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale();
        return cases.onRequest(requestId).stream().map(c -> new Entry(c.number() + " · " + c.kind().label().in(locale),
                c.status().label().in(locale), "service-cases/" + c.id())).toList();
    }

    @Override
    public Optional<Link> start(UUID requestId, String number) {
        boolean fits = requests.find(requestId).map(r -> CaseKind.ofRequestType(r.typeCode()).isPresent())
                .orElse(false);
        if (!fits || !modules.permitted(InstrumentServiceModule.SERVICE)
                || cases.onRequest(requestId).stream().anyMatch(c -> !c.status().finished())) {
            return Optional.empty();
        }
        return Optional.of(new Link(Text.of("开服务单", "Open a service case"),
                "service-cases?request=" + URLEncoder.encode(number, StandardCharsets.UTF_8)));
    }
}
