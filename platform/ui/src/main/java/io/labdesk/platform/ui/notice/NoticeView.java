package io.labdesk.platform.ui.notice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

/** A clear page instead of a working view: the institution is suspended, or the user is not (or no longer) staff. */
@Route("notice")
public class NoticeView extends Div implements HasUrlParameter<String> {

    public static final String SUSPENDED = "suspended";
    public static final String NO_MEMBERSHIP = "no-membership";

    private final H2 title = new H2();
    private final Paragraph text = new Paragraph();

    public NoticeView() {
        addClassNames("labdesk-page", "labdesk-notice");
        title.setId("notice-title");
        text.setId("notice-text");
        add(title, text);
    }

    @Override
    public void setParameter(BeforeEvent event, String which) {
        String key = NO_MEMBERSHIP.equals(which) ? "notice.noMembership" : "notice.suspended";
        title.setText(getTranslation(key + ".title"));
        text.setText(getTranslation(key + ".text"));
    }
}
