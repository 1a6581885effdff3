package io.labdesk.platform.ui.admin.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.staff.StaffTraining;
import io.labdesk.platform.core.tenant.TenantMember;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.Problems;
import io.labdesk.platform.ui.shell.RouteIds;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * One staff member: roles and active state, changed by the tenant admin, and their training and qualifications.
 * Another tenant's id shows "not found".
 */
@Route(value = "admin/staff/:memberId", layout = MainLayout.class)
public class MemberView extends Div implements BeforeEnterObserver {

    private final StaffMembers members;
    private final StaffTraining training;

    @Inject
    public MemberView(StaffMembers members, StaffTraining training) {
        this.members = members;
        this.training = training;
        addClassName("labdesk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<TenantMember> member;
        try {
            member = RouteIds.uuid(event, "memberId").flatMap(members::find);
        } catch (AccessDenied e) {
            member = Optional.empty();
        }
        member.ifPresentOrElse(this::show, () -> {
            H2 notFound = new H2(getTranslation("error.notFound"));
            notFound.setId("not-found");
            add(notFound);
        });
    }

    private void show(TenantMember member) {
        H2 title = new H2(member.displayName() + " (" + member.username() + ")");
        title.setId("member-title");
        CheckboxGroup<TenantRole> roles = new CheckboxGroup<>(getTranslation("staff.roles"));
        roles.setId("member-roles");
        roles.setItems(TenantRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        roles.setValue(member.roles());
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Problems.attempt(getLocale(), Map.of(),
                    () -> members.assignRoles(member.id(), roles.getValue(), member.version()))) {
                Feedback.done(getTranslation("staff.rolesSaved", member.displayName()));
                reload(member);
            }
        });
        save.setId("save-roles");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button activate = new Button(getTranslation(member.active() ? "staff.deactivate" : "staff.reactivate"), e -> {
            if (Problems.attempt(getLocale(), Map.of(),
                    () -> members.setActive(member.id(), !member.active(), member.version()))) {
                Feedback.done(getTranslation(member.active() ? "staff.deactivated" : "staff.reactivated",
                        member.displayName()));
                reload(member);
            }
        });
        activate.setId("toggle-active");
        add(title, new Paragraph(getTranslation(member.active() ? "staff.active" : "staff.inactive")), roles,
                new Div(save, activate), new TrainingSection(training, member));
    }

    private void reload(TenantMember member) {
        removeAll();
        members.find(member.id()).ifPresent(this::show);
    }
}
