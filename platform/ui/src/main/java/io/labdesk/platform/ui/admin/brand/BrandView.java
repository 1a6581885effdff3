package io.labdesk.platform.ui.admin.brand;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.brand.Brands;
import io.labdesk.platform.core.identity.SignedInStaff;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.ui.shell.Branding;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.Problems;
import io.labdesk.platform.ui.shell.StaffSession;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The tenant admin's brand: a primary colour and a logo, on the staff UI and the customers' pages at once.
 */
@Route(value = "admin/brand", layout = MainLayout.class)
public class BrandView extends Div implements HasDynamicTitle {

    private final Brands brands;
    private final Tenant tenant;
    private final TextField colour = new TextField();
    private final Div swatch = new Div();
    private final Div logo = new Div();
    private Brands.Look look;

    @Inject
    public BrandView(Brands brands, CurrentTenant currentTenant, TenantSettings settings,
                     SignedInStaff signedInStaff) {
        this.brands = brands;
        addClassName("labdesk-page");
        add(new H2(getTranslation("nav.brand")));
        if (!currentTenant.hasAny(TenantRole.TENANT_ADMIN)) {
            tenant = null;
            add(new Div(getTranslation("error.forbidden")));
            return;
        }
        tenant = settings.current();
        TenantContext.Binding binding = StaffSession.current(signedInStaff).orElseThrow().binding();
        colour.setId("brand-colour");
        colour.setLabel(getTranslation("brand.colour"));
        colour.setPlaceholder("#1f5fa8");
        colour.setHelperText(getTranslation("brand.colour.help"));
        colour.addValueChangeListener(e -> paintSwatch(e.getValue()));
        swatch.setId("brand-swatch");
        swatch.addClassName("labdesk-swatch");
        Button saveColour = new Button(getTranslation("action.save"), e -> saveColour());
        saveColour.setId("save-colour");
        saveColour.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout colourRow = new HorizontalLayout(colour, swatch, saveColour);
        colourRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        // Uploads reach the server outside the tenant's request filter: the view binds its own tenant.
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try (TenantContext.Scope ignored = TenantContext.bind(binding)) {
                if (Problems.attempt(getLocale(), Map.of(), () -> look = brands.logo(bytes, look.version()))) {
                    refresh();
                }
            }
        }));
        upload.setId("logo-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setMaxFileSize(Brands.MAX_LOGO_BYTES);
        upload.setUploadButton(new Button(getTranslation("brand.logo.upload"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("brand.logo.drop")));
        Button remove = new Button(getTranslation("brand.logo.remove"), e -> {
            if (Problems.attempt(getLocale(), Map.of(), () -> look = brands.logo(null, look.version()))) {
                refresh();
            }
        });
        remove.setId("remove-logo");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        logo.setId("logo-preview");
        add(new Paragraph(getTranslation("brand.intro")), new H3(getTranslation("brand.colour")), colourRow,
                new H3(getTranslation("brand.logo")), new Span(getTranslation("brand.logo.help")), logo,
                new HorizontalLayout(upload, remove));
        look = brands.look();
        colour.setValue(look.primaryColour() == null ? "" : look.primaryColour());
        refresh();
    }

    private void saveColour() {
        if (Problems.attempt(getLocale(), Map.of("primaryColour", colour),
                () -> look = brands.colour(colour.getValue(), look.version()))) {
            refresh();
            Notification.show(getTranslation("action.saved"), 3000, Notification.Position.BOTTOM_START);
        }
    }

    private void refresh() {
        logo.removeAll();
        logo.add(look.hasLogo() ? new Image("/t/" + tenant.slug() + "/logo?v=" + look.logoSha256().substring(0, 12),
                getTranslation("brand.logo")) : new Span(getTranslation("brand.logo.none")));
        paintSwatch(look.primaryColour());
        getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
                .ifPresent(ui -> Branding.apply(ui, tenant, look));
    }

    private void paintSwatch(String value) {
        boolean valid = value != null && value.strip().matches("#[0-9a-fA-F]{6}");
        swatch.getStyle().set("background", valid ? value.strip() : "transparent");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.brand") + " · LabDesk";
    }
}
