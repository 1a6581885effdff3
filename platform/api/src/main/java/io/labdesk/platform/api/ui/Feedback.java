package io.labdesk.platform.api.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The one way the platform's and modules' views tell a user what their action did: a short notification at the same
 * place every time, green for done, red (and longer, to be read) for refused. Texts come translated by the caller.
 * The card carries {@code theme="success"} or {@code theme="error"} for tests.
 */
public final class Feedback {

    static final Notification.Position POSITION = Notification.Position.BOTTOM_START;
    static final int DONE_MILLIS = 4000;
    static final int REFUSED_MILLIS = 8000;

    private Feedback() {
    }

    /** Confirms that the user's action happened. */
    public static Notification done(String text) {
        Notification n = Notification.show(text, DONE_MILLIS, POSITION);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    /** Says why the user's action did not happen. */
    public static Notification refused(String text) {
        Notification n = Notification.show(text, REFUSED_MILLIS, POSITION);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }
}
