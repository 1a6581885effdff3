package io.labdesk.platform.ui.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.labdesk.platform.core.identity.KeycloakAdmin;

/** Shows a new account's one-time password once, to be passed on to its owner, who must change it at sign-in. */
public final class OneTimePassword {

    private OneTimePassword() {
    }

    /** Nothing to show for an account that existed already: its owner keeps their password. */
    public static void showIfNew(KeycloakAdmin.Account account) {
        if (!account.created()) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("otp.title"));
        Span secret = new Span(account.temporaryPassword());
        secret.setId("one-time-password");
        secret.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        dialog.add(new Paragraph(dialog.getTranslation("otp.text", account.username())), secret);
        Button close = new Button(dialog.getTranslation("action.close"), e -> dialog.close());
        close.setId("close-password");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
