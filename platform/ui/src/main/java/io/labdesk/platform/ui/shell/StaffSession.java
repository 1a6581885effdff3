package io.labdesk.platform.ui.shell;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import io.labdesk.platform.core.identity.SignedInStaff;
import io.labdesk.platform.ui.i18n.LabDeskTranslations;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in staff member of the current request, as the tenant filter resolved it, and the language the
 * session shows: the tenant's default until the user chooses one.
 */
public final class StaffSession {

    private static final String LANGUAGE_CHOSEN = StaffSession.class.getName() + ".languageChosen";

    private StaffSession() {
    }

    public static Optional<SignedInStaff.Session> current(SignedInStaff signedInStaff) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return Optional.empty();
        }
        Optional<SignedInStaff.Session> session = signedInStaff.of(request.getHttpServletRequest());
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        if (vaadinSession.getAttribute(LANGUAGE_CHOSEN) == null) {
            session.flatMap(SignedInStaff.Session::currentTenant).ifPresent(t -> {
                Locale locale = LabDeskTranslations.supported(t.defaultLocale());
                if (!locale.equals(vaadinSession.getLocale())) {
                    vaadinSession.setLocale(locale);
                }
            });
        }
        return session;
    }

    public static HttpServletRequest httpRequest() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest();
    }

    /** The user's own choice outranks the tenant's default for the rest of the session. */
    public static void chooseLanguage(Locale locale) {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        vaadinSession.setAttribute(LANGUAGE_CHOSEN, Boolean.TRUE);
        vaadinSession.setLocale(LabDeskTranslations.supported(locale));
    }
}
