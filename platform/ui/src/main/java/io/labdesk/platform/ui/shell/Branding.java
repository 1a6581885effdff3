package io.labdesk.platform.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import io.labdesk.platform.core.brand.BrandTokens;
import io.labdesk.platform.core.brand.Brands;
import io.labdesk.platform.core.tenant.Tenant;

/**
 * An institution's brand on its staff UI: the theme tokens of its primary colour on the page, its logo in the
 * navigation bar. Applied when the frame is built and again as soon as an admin changes the brand.
 */
public final class Branding {

    private static final String LOGO_ID = "brand-logo";

    private Branding() {
    }

    public static void apply(UI ui, Tenant tenant, Brands.Look look) {
        var style = ui.getElement().getStyle();
        BrandTokens.of("#000000").keySet().forEach(style::remove);
        BrandTokens.of(look.primaryColour()).forEach(style::set);
        ui.getChildren().filter(MainLayout.class::isInstance).map(MainLayout.class::cast).findFirst()
                .ifPresent(layout -> layout.showLogo(logo(tenant, look)));
    }

    /** The logo as an image, or null without one. */
    static Image logo(Tenant tenant, Brands.Look look) {
        if (tenant == null || !look.hasLogo()) {
            return null;
        }
        Image image = new Image("/t/" + tenant.slug() + "/logo?v=" + look.logoSha256().substring(0, 12), "");
        image.setId(LOGO_ID);
        image.addClassName("labdesk-logo");
        return image;
    }
}
