package io.labdesk.platform.ui.admin.securitylog;

import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.security.SecurityEvent;
import io.labdesk.platform.ui.admin.history.SettingsChangeText;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A security log entry's subject and detail in the reader's words: staff by name, roles by their translated names,
 * settings changes field by field. The log keeps what happened as recorded (usernames, role codes).
 */
public final class SecurityEventText {

    private static final Pattern BEFORE_AFTER = Pattern.compile("(?s)^before=(.*) after=(.*)$");
    private static final Pattern ROLES = Pattern.compile("^roles=\\[(.*)]$");

    private SecurityEventText() {
    }

    public static String subject(SecurityEvent.Kind kind, String subject, SettingsChangeText.Words words) {
        if (subject == null || subject.isBlank()) {
            return "";
        }
        return switch (kind) {
            case MEMBER_ADDED, MEMBER_DEACTIVATED, MEMBER_REACTIVATED, ROLES_CHANGED -> words.staffName(subject);
            case PERSONAL_DATA_VIEWED -> subject.startsWith("customer:") ? t(words, "log.subject.customer") : subject;
            default -> subject;
        };
    }

    public static String detail(SecurityEvent.Kind kind, String detail, SettingsChangeText.Words words) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        Matcher roles = ROLES.matcher(detail);
        if (roles.matches()) {
            return t(words, "log.detail.roles") + ": " + roles(roles.group(1), words);
        }
        Matcher change = BEFORE_AFTER.matcher(detail);
        if (change.matches()) {
            String before = change.group(1);
            String after = change.group(2);
            return switch (kind) {
                case ROLES_CHANGED -> t(words, "log.detail.roles") + ": " + roles(strip(before), words) + " → "
                        + roles(strip(after), words);
                case TENANT_SETTINGS_CHANGED, TENANT_PLAN_CHANGED -> SettingsChangeText.of(
                                kind == SecurityEvent.Kind.TENANT_PLAN_CHANGED ? "plan" : "tenant", before, after, words)
                        .stream().map(f -> f.label() + ": " + f.before() + " → " + f.after())
                        .collect(Collectors.joining(separator(words)));
                default -> detail;
            };
        }
        if (kind == SecurityEvent.Kind.TENANT_SWITCH && detail.startsWith("from=")) {
            String from = detail.substring("from=".length());
            return "null".equals(from) ? "" : t(words, "log.detail.from") + ": " + from;
        }
        return detail;
    }

    /** "[TESTER, SUPERVISOR]" or "TESTER, SUPERVISOR" as the roles' names; an unknown code stays as recorded. */
    static String roles(String codes, SettingsChangeText.Words words) {
        String list = Arrays.stream(strip(codes).split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> isRole(c) ? t(words, "role." + c) : c).collect(Collectors.joining(separator(words)));
        return list.isEmpty() ? "—" : list;
    }

    private static boolean isRole(String code) {
        return Arrays.stream(TenantRole.values()).anyMatch(r -> r.name().equals(code));
    }

    private static String strip(String list) {
        String s = list.strip();
        return s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
    }

    private static String separator(SettingsChangeText.Words words) {
        return "zh".equals(words.locale().getLanguage()) ? "、" : ", ";
    }

    private static String t(SettingsChangeText.Words words, String key) {
        String text = words.find(key);
        return text == null ? key : text;
    }
}
