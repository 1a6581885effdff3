package io.labdesk.platform.ui.tenantchoice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.core.identity.SignedInStaff;
import io.labdesk.platform.core.identity.TenantChoice;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.ui.shell.StaffSession;
import jakarta.inject.Inject;

/** After sign-in, for people who work for several institutions: which one now. */
@Route("choose-tenant")
public class TenantChoiceView extends Div implements HasDynamicTitle {

    @Inject
    public TenantChoiceView(SignedInStaff signedInStaff, TenantChoice tenantChoice) {
        addClassNames("labdesk-page", "labdesk-notice");
        add(new H2(getTranslation("choice.title")), new Paragraph(getTranslation("choice.text")));
        StaffSession.current(signedInStaff).ifPresent(session -> {
            for (Tenant tenant : tenantChoice.choices(session)) {
                Button pick = new Button(tenant.name(getLocale()), e -> {
                    if (tenantChoice.choose(StaffSession.httpRequest(), tenant.slug())) {
                        getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
                    }
                });
                pick.setId("choose-" + tenant.slug());
                pick.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                pick.setWidthFull();
                Div row = new Div(pick);
                row.getStyle().set("margin", "var(--lumo-space-s) 0");
                add(row);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("choice.title") + " · LabDesk";
    }
}
