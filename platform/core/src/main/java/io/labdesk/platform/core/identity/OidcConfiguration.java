package io.labdesk.platform.core.identity;

import io.labdesk.platform.core.config.Setting;
import java.util.Map;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;
import org.wildfly.security.http.oidc.OidcJsonConfiguration;
import org.wildfly.security.http.oidc.Oidc;

/**
 * LabDesk's OpenID Connect client, configured from its settings (LABDESK_OIDC_URL, …) and named in web.xml as
 * {@code oidc.config.resolver}. Configured here rather than in the server's subsystem because LabDesk asks for the
 * {@code organization:*} scope — every organization (tenant) of the user in the token, so people who work for
 * several institutions switch between them in LabDesk — and the subsystem's scope attribute is not available at
 * the server's default stability level.
 */
public class OidcConfiguration implements OidcClientConfigurationResolver {

    /** Scopes beyond openid: all the user's organizations, by alias. */
    public static final String SCOPE = "organization:*";

    private volatile OidcClientConfiguration configuration;

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        OidcClientConfiguration c = configuration;
        if (c == null) {
            synchronized (this) {
                if (configuration == null) {
                    configuration = OidcClientConfigurationBuilder.build(json());
                }
                c = configuration;
            }
        }
        return c;
    }

    static OidcJsonConfiguration json() {
        OidcJsonConfiguration json = new OidcJsonConfiguration();
        json.setProviderUrl(Setting.OIDC_URL.require());
        json.setClientId(Setting.OIDC_CLIENT_ID.require());
        json.setCredentials(Map.of("secret", Setting.OIDC_SECRET.require()));
        json.setSslRequired(Oidc.SSLRequired.EXTERNAL.name());
        json.setPrincipalAttribute("preferred_username");
        // One deployment for browsers (redirect to sign in) and API clients (401).
        json.setAutodetectBearerOnly(true);
        json.setVerifyTokenAudience(true);
        json.setScope(SCOPE);
        return json;
    }
}
