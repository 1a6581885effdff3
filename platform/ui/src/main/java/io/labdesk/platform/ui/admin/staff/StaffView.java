package io.labdesk.platform.ui.admin.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.api.ui.EmptyState;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.core.staff.StaffAdministration;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.tenant.TenantMember;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.NotAllowed;
import io.labdesk.platform.ui.shell.OneTimePassword;
import io.labdesk.platform.ui.shell.Problems;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;

/** The tenant admin's list of staff: who they are, their roles, whether active; add staff. */
@Route(value = "admin/staff", layout = MainLayout.class)
public class StaffView extends Div implements HasDynamicTitle {

    private final StaffMembers members;
    private final StaffAdministration administration;
    private final Grid<TenantMember> grid = new Grid<>();

    @Inject
    public StaffView(StaffMembers members, StaffAdministration administration, CurrentTenant currentTenant) {
        this.members = members;
        this.administration = administration;
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.staff")));
        if (!currentTenant.hasAny(TenantRole.TENANT_ADMIN)) {
            add(NotAllowed.adminsOnly(this, getTranslation("nav.staff")));
            return;
        }
        Button addStaff = new Button(getTranslation("staff.add"), VaadinIcon.PLUS.create(), e -> openAddDialog());
        addStaff.setId("add-staff");
        addStaff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("staff-grid");
        grid.addColumn(TenantMember::username).setHeader(getTranslation("staff.username")).setAutoWidth(true);
        grid.addColumn(TenantMember::displayName).setHeader(getTranslation("staff.name")).setAutoWidth(true);
        grid.addColumn(TenantMember::email).setHeader(getTranslation("staff.email")).setAutoWidth(true);
        grid.addColumn(m -> m.roles().stream().sorted().map(r -> getTranslation(r.messageKey()))
                .collect(Collectors.joining(getTranslation("home.roles.separator"))))
                .setHeader(getTranslation("staff.roles")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation(m.active() ? "staff.active" : "staff.inactive"))
                .setHeader(getTranslation("staff.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MemberView.class,
                new RouteParameters("memberId", e.getItem().id().toString()))));
        grid.setAllRowsVisible(true);
        EmptyState.in(grid, getTranslation("staff.empty"), getTranslation("staff.empty.next"));
        add(addStaff, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(members.list());
    }

    private void openAddDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.add"));
        TextField username = new TextField(getTranslation("staff.username"));
        username.setId("new-username");
        TextField name = new TextField(getTranslation("staff.name"));
        name.setId("new-name");
        EmailField email = new EmailField(getTranslation("staff.email"));
        email.setId("new-email");
        MultiSelectComboBox<TenantRole> roles = new MultiSelectComboBox<>(getTranslation("staff.roles"));
        roles.setId("new-roles");
        roles.setItems(TenantRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        dialog.add(new FormLayout(username, name, email, roles));
        Button save = new Button(getTranslation("action.save"), e -> {
            StaffAdministration.Added[] added = new StaffAdministration.Added[1];
            boolean ok = Problems.attempt(getLocale(), Map.of("username", username, "name", name, "email", email),
                    () -> added[0] = administration.add(username.getValue(), name.getValue(), email.getValue(),
                            roles.getValue()));
            if (ok) {
                dialog.close();
                refresh();
                Feedback.done(getTranslation("staff.added", name.getValue()));
                OneTimePassword.showIfNew(added[0].account());
            }
        });
        save.setId("save-staff");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff") + " · LabDesk";
    }
}
