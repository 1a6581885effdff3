package io.labdesk.platform.ui.shell;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import io.labdesk.platform.core.identity.SignedInStaff;
import io.labdesk.platform.ui.i18n.LabDeskTranslations;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in staff member of the current Vaadin session, resolved once per session from the request's
 * principal, and the language the session shows.
 */
public final class StaffSession {

    private static final String LANGUAGE_CHOSEN = StaffSession.class.getName() + ".languageChosen";

    private StaffSession() {
    }

    public static Optional<SignedInStaff.Session> current(SignedInStaff signedInStaff) {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        SignedInStaff.Session cached = vaadinSession.getAttribute(SignedInStaff.Session.class);
        if (cached != null) {
            return Optional.of(cached);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Optional<SignedInStaff.Session> resolved = request == null ? Optional.empty()
                : signedInStaff.resolve(request.getUserPrincipal());
        resolved.ifPresent(session -> {
            vaadinSession.setAttribute(SignedInStaff.Session.class, session);
            if (vaadinSession.getAttribute(LANGUAGE_CHOSEN) == null) {
                session.currentTenant().ifPresent(t -> vaadinSession.setLocale(
                        LabDeskTranslations.supported(t.defaultLocale())));
            }
        });
        return resolved;
    }

    /** The user's own choice outranks the tenant's default for the rest of the session. */
    public static void chooseLanguage(Locale locale) {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        vaadinSession.setAttribute(LANGUAGE_CHOSEN, Boolean.TRUE);
        vaadinSession.setLocale(LabDeskTranslations.supported(locale));
    }
}
