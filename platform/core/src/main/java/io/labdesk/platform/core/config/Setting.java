package io.labdesk.platform.core.config;

import java.util.Optional;

/**
 * One configuration value of LabDesk. It is read from a system property first (what the launcher and the tests
 * pass to the server), then from an environment variable (what an operator sets), then a default. The same
 * precedence is used by the server's own configuration expressions in deploy/wildfly/configure.cli.
 */
public enum Setting {
    /** Issuer URL of the realm, e.g. https://sso.example.com/realms/labdesk. */
    OIDC_URL("labdesk.oidc.url", "LABDESK_OIDC_URL", "http://localhost:8180/realms/labdesk"),
    /** LabDesk's client in the realm, and its secret. */
    OIDC_CLIENT_ID("labdesk.oidc.client-id", "LABDESK_OIDC_CLIENT_ID", "labdesk"),
    OIDC_SECRET("labdesk.oidc.secret", "LABDESK_OIDC_SECRET", "labdesk-dev-secret"),
    /** Confidential client whose service account manages organizations and users in the realm. */
    KEYCLOAK_ADMIN_CLIENT_ID("labdesk.keycloak.admin-client-id", "LABDESK_KEYCLOAK_ADMIN_CLIENT_ID", "labdesk-admin"),
    KEYCLOAK_ADMIN_CLIENT_SECRET("labdesk.keycloak.admin-client-secret", "LABDESK_KEYCLOAK_ADMIN_CLIENT_SECRET",
            "labdesk-admin-dev-secret"),
    /** Database role the application connects as; granted rights by the schema migration. */
    DB_APP_USER("labdesk.db.app-user", "LABDESK_DB_APP_USER", "labdesk_app"),
    /** Where users reach LabDesk: links in messages to customers and staff. */
    BASE_URL("labdesk.base-url", "LABDESK_BASE_URL", "http://localhost:8080"),
    /** SMS provider: "log" (writes messages to the server log) or "http" (posts them to SMS_HTTP_URL). */
    SMS_PROVIDER("labdesk.sms.provider", "LABDESK_SMS_PROVIDER", "log"),
    /** TrueType fonts (.ttf/.ttc, a path list) PDFs prefer to the usual places of Chinese and symbol fonts. */
    PDF_FONT("labdesk.pdf.font", "LABDESK_PDF_FONT", null),
    /** Requests one client may file through one institution's public form per hour. */
    PUBLIC_FORM_PER_HOUR("labdesk.public-form.per-hour", "LABDESK_PUBLIC_FORM_PER_HOUR", "10"),
    /**
     * Key that encrypts institutions' mailbox passwords (any long random text; changing it makes the stored ones
     * unreadable). No default: only the development run command sets one.
     */
    MAILBOX_KEY("labdesk.mailbox.key", "LABDESK_MAILBOX_KEY", null),
    /** Mails one sender may turn into requests or replies per institution and hour; more are set aside. */
    MAIL_PER_SENDER_HOUR("labdesk.mail.per-sender-hour", "LABDESK_MAIL_PER_SENDER_HOUR", "20"),
    SMS_HTTP_URL("labdesk.sms.http-url", "LABDESK_SMS_HTTP_URL", null),
    SMS_HTTP_TOKEN("labdesk.sms.http-token", "LABDESK_SMS_HTTP_TOKEN", null),
    /** Folder of tenant definitions (YAML) loaded on first start; unset in production unless wanted. */
    TENANTS_DIR("labdesk.tenants.dir", "LABDESK_TENANTS_DIR", null);

    private final String property;
    private final String environmentVariable;
    private final String defaultValue;

    Setting(String property, String environmentVariable, String defaultValue) {
        this.property = property;
        this.environmentVariable = environmentVariable;
        this.defaultValue = defaultValue;
    }

    public Optional<String> value() {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(environmentVariable);
        }
        if (v == null || v.isBlank()) {
            v = defaultValue;
        }
        return Optional.ofNullable(v).map(String::strip);
    }

    /** An address of LabDesk as users reach it ({@link #BASE_URL} + {@code path}), for links in messages. */
    public static String link(String path) {
        return BASE_URL.value().orElse("").replaceFirst("/$", "") + path;
    }

    public String require() {
        return value().orElseThrow(() -> new IllegalStateException(
                "Set " + environmentVariable + " (or -D" + property + ")"));
    }
}
