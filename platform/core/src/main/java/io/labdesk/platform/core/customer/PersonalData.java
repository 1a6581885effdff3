package io.labdesk.platform.core.customer;

/** Customers' personal data as lists show it: enough to recognise, not enough to use (P1, P10). */
public final class PersonalData {

    private PersonalData() {
    }

    /** 13812345678 → 138****5678; short numbers keep only their last two digits. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String p = phone.strip();
        if (p.length() >= 11) {
            return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
        }
        return "*".repeat(Math.max(0, p.length() - 2)) + p.substring(Math.max(0, p.length() - 2));
    }

    /** wang.li@example.cn → w***@example.cn */
    public static String maskEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    /** 王建国 → 王**; Ada Lovelace → A*** */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        return n.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                ? n.substring(0, 1) + "*".repeat(n.length() - 1) : n.charAt(0) + "***";
    }
}
