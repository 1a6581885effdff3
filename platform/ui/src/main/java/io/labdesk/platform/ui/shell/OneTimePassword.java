package io.labdesk.platform.ui.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a new account's one-time password once, to be passed on to its owner, who must change it at sign-in. */
public final class OneTimePassword {

    private OneTimePassword() {
    }

    public static void show(String username, String password, java.util.function.Function<String, String> text) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(text.apply("otp.title"));
        Span secret = new Span(password);
        secret.setId("one-time-password");
        secret.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        dialog.add(new Paragraph(text.apply("otp.text").replace("{0}", username)), secret);
        Button close = new Button(text.apply("action.close"), e -> dialog.close());
        close.setId("close-password");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
