package io.labdesk.platform.ui.admin.modules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import io.labdesk.platform.api.module.SetupWarning;
import io.labdesk.platform.core.module.ModuleTasks;
import io.labdesk.platform.ui.admin.staff.StaffView;
import java.util.List;

/** Modules' set-up warnings for a tenant admin: what cannot work, and a link to where it is fixed. */
public class SetupWarnings extends Div {

    public SetupWarnings(List<ModuleTasks.Warning> warnings) {
        setId("setup-warnings");
        warnings.forEach(w -> add(warning(w)));
        setVisible(!warnings.isEmpty());
    }

    private Component warning(ModuleTasks.Warning w) {
        String id = "setup-warning-" + w.module() + "-" + w.warning().id();
        Div box = new Div();
        box.setId(id);
        box.getElement().setAttribute("role", "alert");
        box.getStyle().set("border-left", "4px solid var(--lumo-warning-color, #ffc107)")
                .set("background", "var(--lumo-warning-color-10pct, #fff8e1)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin", "var(--lumo-space-s) 0")
                .set("border-radius", "var(--lumo-border-radius-m)");
        Span problem = new Span(VaadinIcon.WARNING.create(), new Span(" " + w.warning().problem().in(getLocale())));
        problem.getStyle().set("font-weight", "600");
        Component fix = switch (w.warning().fix()) {
            case SetupWarning.GrantRole grant -> new RouterLink(getTranslation("setup.fix.grantRole",
                    getTranslation(grant.role().messageKey())), StaffView.class);
            case SetupWarning.ChangeSettings settings -> new RouterLink(getTranslation("setup.fix.settings"),
                    ModulesView.class);
            case SetupWarning.OpenView view -> new Anchor(view.link(), view.label().in(getLocale()));
        };
        fix.setId(id + "-fix");
        Div fixLine = new Div(fix);
        fixLine.getStyle().set("margin-top", "var(--lumo-space-xs)");
        box.add(problem, fixLine);
        return box;
    }
}
