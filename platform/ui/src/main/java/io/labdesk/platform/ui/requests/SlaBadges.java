package io.labdesk.platform.ui.requests;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.labdesk.platform.api.sla.SlaState;
import io.labdesk.platform.core.request.RequestSla;
import io.labdesk.platform.core.tenant.Tenant;
import java.time.Instant;
import java.util.List;

/** A request's SLA targets as badges: target, state (coloured), and the due time in the institution's zone. */
final class SlaBadges {

    private SlaBadges() {
    }

    static Component of(Component translator, List<RequestSla> targets, Tenant tenant, Instant now) {
        Div badges = new Div();
        badges.addClassName("labdesk-sla");
        for (RequestSla target : targets) {
            SlaState state = target.state(now);
            Span badge = new Span(translator.getTranslation("sla.target." + target.kind().name()) + " · "
                    + translator.getTranslation(state.messageKey()));
            badge.addClassNames("labdesk-badge", "labdesk-sla-" + state.name().toLowerCase());
            badge.getElement().setAttribute("data-target", target.kind().name());
            badge.getElement().setAttribute("data-state", state.name());
            badge.getElement().setAttribute("title",
                    translator.getTranslation("sla.due", tenant.localTime(target.dueAt())));
            badges.add(badge);
        }
        return badges;
    }
}
