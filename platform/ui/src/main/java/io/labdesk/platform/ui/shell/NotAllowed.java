package io.labdesk.platform.ui.shell;

import com.vaadin.flow.component.Component;
import io.labdesk.platform.api.ui.EmptyState;

/**
 * What a page shows in place of a form the user's roles do not let them submit: who may, and whom to ask, rather than
 * a form that would only be refused. Carries the id {@code not-allowed}.
 */
public final class NotAllowed {

    private NotAllowed() {
    }

    /** For the pages only the institution's administrators may change; {@code what} names the page's subject. */
    public static EmptyState adminsOnly(Component page, String what) {
        EmptyState notice = new EmptyState(page.getTranslation("notAllowed.adminsOnly", what),
                page.getTranslation("notAllowed.adminsOnly.next"));
        notice.setId("not-allowed");
        return notice;
    }
}
