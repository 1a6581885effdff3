package io.labdesk.platform.ui.shell;

import com.vaadin.flow.component.HasValidation;
import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.core.identity.KeycloakAdmin;
import io.labdesk.platform.core.language.Messages;
import java.util.Locale;
import java.util.Map;

/** Shows what a service refused, in the user's language, next to the fields concerned where there are any. */
public final class Problems {

    private Problems() {
    }

    /** Runs {@code action}; returns false (having told the user why) when a service refused it. */
    public static boolean attempt(Locale locale, Map<String, ? extends HasValidation> fields, Runnable action) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (InvalidModuleInput e) {
            e.messages().forEach((field, text) -> mark(fields.get(field), text.in(locale)));
        } catch (InvalidInput e) {
            e.fieldMessageKeys().forEach((field, key) -> mark(fields.get(field), Messages.get(key, locale)));
        } catch (ConcurrentEdit e) {
            show(Messages.get("error.conflict", locale));
        } catch (AccessDenied e) {
            show(Messages.get("error.forbidden", locale));
        } catch (KeycloakAdmin.IdentityProviderRefused e) {
            show(Messages.get("error.identity", locale, e.getMessage()));
        }
        return false;
    }

    private static void mark(HasValidation target, String message) {
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else {
            show(message);
        }
    }

    private static void show(String message) {
        Feedback.refused(message);
    }
}
