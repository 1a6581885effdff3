package io.labdesk.platform.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import io.labdesk.platform.core.config.Setting;
import io.labdesk.platform.core.identity.OidcIdentities;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Ends the LabDesk session and the single sign-on session at Keycloak, then returns to LabDesk's start page. */
final class Logout {

    private Logout() {
    }

    static void signOut(UI ui) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        String home = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        StringBuilder endSession = new StringBuilder(Setting.OIDC_URL.require())
                .append("/protocol/openid-connect/logout?post_logout_redirect_uri=").append(encode(home));
        OidcIdentities.idToken(request.getUserPrincipal())
                .ifPresent(idToken -> endSession.append("&id_token_hint=").append(encode(idToken)));
        ui.getPage().setLocation(endSession.toString());
        VaadinSession.getCurrent().getSession().invalidate();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
