package io.labdesk.platform.api.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.AccessDenied;
import java.util.Locale;
import java.util.Map;

/**
 * A user's change run from a view: refused input shown at the field concerned (else as a notification), a concurrent
 * edit and a missing role told in the user's language. The same in every module's views.
 */
public final class Attempt {

    private Attempt() {
    }

    /** Runs {@code change}; true when it went through, else false with the reason shown. */
    public static boolean run(Map<String, ? extends HasValidation> fields, Runnable change) {
        Locale locale = UI.getCurrent() == null || UI.getCurrent().getLocale() == null ? Locale.SIMPLIFIED_CHINESE
                : UI.getCurrent().getLocale();
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            change.run();
            return true;
        } catch (InvalidModuleInput e) {
            e.messages().forEach((field, text) -> {
                HasValidation target = fields.get(field);
                if (target != null) {
                    target.setErrorMessage(text.in(locale));
                    target.setInvalid(true);
                } else {
                    refused(text.in(locale));
                }
            });
        } catch (InvalidInput e) {
            // The platform's own checks (a file's kind or size, a quote's lines) come with its message keys.
            e.fieldMessageKeys().forEach((field, key) -> {
                String message = UI.getCurrent() == null ? key : UI.getCurrent().getTranslation(key);
                HasValidation target = fields.get(field);
                if (target != null) {
                    target.setErrorMessage(message);
                    target.setInvalid(true);
                } else {
                    refused(message);
                }
            });
        } catch (ConcurrentEdit e) {
            refused(Text.of("其他人刚刚修改了这条记录：请关闭后重新打开。",
                    "Someone else changed this record meanwhile: close it and open it again.").in(locale));
        } catch (AccessDenied e) {
            refused(Text.of("您在本机构没有此操作所需的角色。", "You do not have the role this needs in this institution.")
                    .in(locale));
        }
        return false;
    }

    private static void refused(String message) {
        Feedback.refused(message);
    }
}
