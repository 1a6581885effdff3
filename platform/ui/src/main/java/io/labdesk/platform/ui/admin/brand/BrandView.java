package io.labdesk.platform.ui.admin.brand;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
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
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.labdesk.platform.api.ui.FileLimits;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.brand.Brands;
import io.labdesk.platform.core.identity.SignedInStaff;
import io.labdesk.platform.core.language.Messages;
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

    /** LabDesk's own blue, what the picker shows while the institution has no colour. */
    private static final String DEFAULT_COLOUR = "#1f5fa8";

    /** {@code <input type="color">}: the browser's picker, no add-on with a front-end build of its own. */
    @Tag("input")
    static class ColourInput extends Component {
        ColourInput() {
            getElement().setAttribute("type", "color");
            addClassName("labdesk-colour-input");
        }

        void setValue(String hex) {
            getElement().setProperty("value", hex);
        }
    }

    private final Brands brands;
    private final Tenant tenant;
    private final TextField colour = new TextField();
    /** The browser's own colour picker, kept in step with the hex field. */
    private final ColourInput picker = new ColourInput();
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
        colour.setValueChangeMode(ValueChangeMode.LAZY);
        colour.addValueChangeListener(e -> {
            checkColour();
            if (hex(e.getValue())) {
                picker.setValue(e.getValue().strip().toLowerCase(java.util.Locale.ROOT));
            }
        });
        picker.setId("brand-colour-picker");
        picker.getElement().setAttribute("aria-label", getTranslation("brand.colour.pick"));
        picker.getElement().setAttribute("title", getTranslation("brand.colour.pick"));
        picker.getElement().addPropertyChangeListener("value", "change", e -> {
            if (e.isUserOriginated() && e.getValue() != null) {
                colour.setValue(String.valueOf(e.getValue()));
            }
        });
        Button saveColour = new Button(getTranslation("action.save"), e -> saveColour());
        saveColour.setId("save-colour");
        saveColour.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout colourRow = new HorizontalLayout(colour, picker, saveColour);
        colourRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        // Uploads reach the server outside the tenant's request filter: the view binds its own tenant.
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try (TenantContext.Scope ignored = TenantContext.bind(binding)) {
                if (Problems.attempt(getLocale(), Map.of(), () -> look = brands.logo(bytes, look.version()))) {
                    refresh();
                    saved("brand.logo.saved");
                }
            }
        }));
        upload.setId("logo-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        FileLimits.apply(upload, Brands.MAX_LOGO_BYTES);
        upload.setUploadButton(new Button(getTranslation("brand.logo.upload"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("brand.logo.drop")));
        Button remove = new Button(getTranslation("brand.logo.remove"), e -> {
            if (Problems.attempt(getLocale(), Map.of(), () -> look = brands.logo(null, look.version()))) {
                // The uploaded file's row would otherwise stay, as if a logo were still there.
                upload.clearFileList();
                refresh();
                saved("brand.logo.removed");
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
            saved("action.saved");
        }
    }

    private void saved(String key) {
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Marks a colour that is not #RRGGBB as the user types, before anything is saved. */
    private void checkColour() {
        String value = colour.getValue();
        boolean valid = value == null || value.isBlank() || hex(value);
        colour.setErrorMessage(valid ? null : Messages.get("validation.brand.colour", getLocale()));
        colour.setInvalid(!valid);
    }

    private static boolean hex(String value) {
        return value != null && value.strip().matches("#[0-9a-fA-F]{6}");
    }

    private void refresh() {
        logo.removeAll();
        logo.add(look.hasLogo() ? new Image("/t/" + tenant.slug() + "/logo?v=" + look.logoSha256().substring(0, 12),
                getTranslation("brand.logo")) : new Span(getTranslation("brand.logo.none")));
        picker.setValue(hex(look.primaryColour()) ? look.primaryColour().toLowerCase(java.util.Locale.ROOT)
                : DEFAULT_COLOUR);
        getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
                .ifPresent(ui -> Branding.apply(ui, tenant, look));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.brand") + " · LabDesk";
    }
}
