package io.labdesk.platform.ui.admin.mailbox;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.api.ui.EmptyState;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.core.intake.RequestType;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.mailbox.InstitutionMailbox;
import io.labdesk.platform.core.mailbox.MailboxSettings;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.NotAllowed;
import io.labdesk.platform.ui.shell.Problems;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The tenant admin's incoming mailbox: where it is (IMAP over TLS), how often LabDesk looks, what a mail becomes;
 * a connection test with a plain answer; and the mail that could not be imported. The password is typed, never
 * shown: the field stays empty and says whether one is kept.
 */
@Route(value = "admin/mailbox", layout = MainLayout.class)
public class MailboxView extends Div implements HasDynamicTitle {

    private final MailboxSettings mailboxes;
    private final TextField host = new TextField();
    private final IntegerField port = new IntegerField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final TextField folder = new TextField();
    private final TextField address = new TextField();
    private final IntegerField pollMinutes = new IntegerField();
    private final Checkbox enabled = new Checkbox();
    private final Select<String> requestType = new Select<>();
    private final Select<InstitutionMailbox.ClosedReply> closedReply = new Select<>();
    private final Span result = new Span();
    private final Span state = new Span();
    private final Grid<MailboxSettings.Failure> failures = new Grid<>();
    private Tenant tenant;
    private long version = -1;

    @Inject
    public MailboxView(MailboxSettings mailboxes, RequestTypes types, CurrentTenant currentTenant,
                       TenantSettings settings) {
        this.mailboxes = mailboxes;
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.mailbox")));
        if (!currentTenant.hasAny(TenantRole.TENANT_ADMIN)) {
            add(NotAllowed.adminsOnly(this, getTranslation("nav.mailbox")));
            return;
        }
        tenant = settings.current();
        field(host, "host");
        host.setPlaceholder("imap.example.cn");
        field(port, "port");
        port.setMin(1);
        port.setMax(65535);
        field(username, "username");
        field(password, "password");
        field(folder, "folder");
        field(address, "address");
        address.setHelperText(getTranslation("mailbox.address.help"));
        field(pollMinutes, "pollMinutes");
        pollMinutes.setMin(MailboxSettings.MIN_POLL_MINUTES);
        pollMinutes.setMax(MailboxSettings.MAX_POLL_MINUTES);
        pollMinutes.setStepButtonsVisible(true);
        enabled.setId("mailbox-enabled");
        enabled.setLabel(getTranslation("mailbox.enabled"));
        requestType.setId("mailbox-requestType");
        requestType.setLabel(getTranslation("mailbox.requestType"));
        requestType.setItems(types.list().stream().filter(RequestType::active).map(RequestType::code).toList());
        Map<String, String> typeNames = types.list().stream().collect(java.util.stream.Collectors.toMap(
                RequestType::code, t -> t.name(getLocale())));
        requestType.setItemLabelGenerator(code -> typeNames.getOrDefault(code, code));
        closedReply.setId("mailbox-closedReply");
        closedReply.setLabel(getTranslation("mailbox.closedReply"));
        closedReply.setItems(InstitutionMailbox.ClosedReply.values());
        closedReply.setItemLabelGenerator(c -> getTranslation("mailbox.closedReply." + c.name()));

        FormLayout form = new FormLayout(host, port, username, password, folder, address, pollMinutes, requestType,
                closedReply, enabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        Button test = new Button(getTranslation("mailbox.test"), e -> test());
        test.setId("mailbox-test");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("mailbox-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button pollNow = new Button(getTranslation("mailbox.pollNow"), e -> {
            mailboxes.pollNow();
            Feedback.done(getTranslation("mailbox.pollNow.done"));
        });
        pollNow.setId("mailbox-poll-now");
        result.setId("mailbox-test-result");
        state.setId("mailbox-state");
        HorizontalLayout actions = new HorizontalLayout(save, test, pollNow);

        failures.setId("mailbox-failures");
        failures.addColumn(f -> tenant.localTime(f.lastSeenAt())).setHeader(getTranslation("mailbox.failure.when"))
                .setAutoWidth(true).setFlexGrow(0);
        failures.addColumn(MailboxSettings.Failure::sender).setHeader(getTranslation("mailbox.failure.sender"))
                .setAutoWidth(true);
        failures.addColumn(MailboxSettings.Failure::subject).setHeader(getTranslation("mailbox.failure.subject"));
        failures.addColumn(f -> reason(f.reason())).setHeader(getTranslation("mailbox.failure.reason"));
        failures.setAllRowsVisible(true);
        EmptyState.in(failures, getTranslation("mailbox.failures.none"), getTranslation("mailbox.failures.noneNext"));

        if (!mailboxes.canSeal()) {
            Span noKey = new Span(Messages.get("validation.mailbox.noKey", getLocale()));
            noKey.getElement().getThemeList().add("badge error");
            add(noKey);
        }
        add(new Paragraph(getTranslation("mailbox.intro")), state, form, actions, result,
                new H3(getTranslation("mailbox.failures")), new Span(getTranslation("mailbox.failures.help")),
                failures);
        show(mailboxes.current().orElse(null));
    }

    private void field(com.vaadin.flow.component.HasValue<?, ?> field, String name) {
        com.vaadin.flow.component.Component c = (com.vaadin.flow.component.Component) field;
        c.setId("mailbox-" + name);
        c.getElement().setProperty("label", getTranslation("mailbox." + name));
    }

    private void show(InstitutionMailbox m) {
        if (m == null) {
            port.setValue(993);
            folder.setValue("INBOX");
            pollMinutes.setValue(5);
            enabled.setValue(true);
            closedReply.setValue(InstitutionMailbox.ClosedReply.REOPEN);
            requestType.getListDataView().getItems().findFirst().ifPresent(requestType::setValue);
            password.setHelperText(getTranslation("mailbox.password.none"));
            state.setText(getTranslation("mailbox.state.none"));
        } else {
            host.setValue(m.host());
            port.setValue(m.port());
            username.setValue(m.username());
            folder.setValue(m.folder());
            address.setValue(m.address());
            pollMinutes.setValue(m.pollMinutes());
            enabled.setValue(m.enabled());
            // A type since retired is not offered: the admin picks a current one.
            requestType.getListDataView().getItems().filter(m.requestType()::equals).findFirst()
                    .ifPresentOrElse(requestType::setValue, requestType::clear);
            closedReply.setValue(m.closedReply());
            version = m.version();
            password.setHelperText(getTranslation(m.hasPassword() ? "mailbox.password.kept" : "mailbox.password.none"));
            state.setText(m.lastPolledAt() == null ? getTranslation("mailbox.state.notYet")
                    : m.lastError() == null
                    ? getTranslation("mailbox.state.ok", tenant.localTime(m.lastPolledAt()))
                    : getTranslation("mailbox.state.error", tenant.localTime(m.lastPolledAt()), m.lastError()));
        }
        password.clear();
        failures.setItems(mailboxes.failures());
    }

    private MailboxSettings.Values values() {
        return new MailboxSettings.Values(host.getValue(), port.getValue(), username.getValue(), password.getValue(),
                folder.getValue(), address.getValue(), pollMinutes.getValue(), enabled.getValue(),
                requestType.getValue(), closedReply.getValue());
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of("host", host, "port", port, "username", username, "password", password, "folder", folder,
                "address", address, "pollMinutes", pollMinutes, "requestType", requestType);
    }

    private void test() {
        result.setText("");
        result.getElement().getThemeList().clear();
        try {
            boolean[] ok = {false};
            int[] count = {0};
            if (Problems.attempt(getLocale(), fields(), () -> {
                count[0] = mailboxes.test(values()).messages();
                ok[0] = true;
            }) && ok[0]) {
                result.setText(getTranslation("mailbox.test.ok", count[0]));
                result.getElement().getThemeList().add("badge success");
            }
        } catch (MailboxSettings.Unreachable e) {
            result.setText(getTranslation("mailbox.test.failed", e.getMessage()));
            result.getElement().getThemeList().add("badge error");
        }
    }

    private void save() {
        InstitutionMailbox[] saved = new InstitutionMailbox[1];
        if (Problems.attempt(getLocale(), fields(), () -> saved[0] = mailboxes.save(values(), version))) {
            show(saved[0]);
            Feedback.done(getTranslation("action.saved"));
        }
    }

    /** A stored reason ("CODE detail") in the reader's words. */
    private String reason(String stored) {
        String code = stored.contains(" ") ? stored.substring(0, stored.indexOf(' ')) : stored;
        String detail = stored.contains(" ") ? stored.substring(stored.indexOf(' ') + 1) : "";
        String text = getTranslation("mailbox.failure." + code);
        return detail.isEmpty() ? text : text + ": " + detail;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mailbox") + " · LabDesk";
    }
}
