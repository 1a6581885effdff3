package io.labdesk.platform.api.ui;

import com.vaadin.flow.component.html.Span;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.tenant.LocalTimes;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A deadline as the request pages show their SLA targets: the step, its state in the state's colour, and the due time
 * in the institution's zone (also as a tooltip). Carries {@code data-deadline} and {@code data-state} for tests.
 */
public class DeadlineBadge extends Span {

    public DeadlineBadge(TrackedDeadline deadline, ZoneId zone) {
        String due = LocalTimes.format(deadline.due(), zone);
        setText(deadline.label().in(getLocale()) + " " + due + " · " + getTranslation(deadline.state().messageKey()));
        addClassNames("labdesk-badge", "labdesk-sla-" + deadline.state().name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("data-deadline", deadline.name());
        getElement().setAttribute("data-state", deadline.state().name());
        getElement().setAttribute("title", getTranslation("sla.due", due));
    }
}
