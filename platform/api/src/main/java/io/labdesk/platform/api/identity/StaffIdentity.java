package io.labdesk.platform.api.identity;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who is signed in, as the identity provider vouches for it: the account, its display name, the organizations
 * (tenant slugs) it belongs to and its realm roles. Tenant roles are not here; they belong to a tenant membership.
 */
public record StaffIdentity(String subject, String username, String givenName, String familyName, String email,
                            List<String> organizations, Set<String> realmRoles) implements Serializable {

    public static final String PLATFORM_ADMIN = "platform-admin";

    public StaffIdentity {
        Objects.requireNonNull(username, "username");
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        realmRoles = realmRoles == null ? Set.of() : Set.copyOf(realmRoles);
    }

    /**
     * The name people read: Chinese names family-first without a space (张伟), others given-first (Ada Lovelace);
     * the username when the provider gave no name.
     */
    public String displayName() {
        boolean hasGiven = givenName != null && !givenName.isBlank();
        boolean hasFamily = familyName != null && !familyName.isBlank();
        if (!hasGiven && !hasFamily) {
            return username;
        }
        if (!hasGiven || !hasFamily) {
            return hasGiven ? givenName.strip() : familyName.strip();
        }
        if (isHan(givenName) && isHan(familyName)) {
            return familyName.strip() + givenName.strip();
        }
        return givenName.strip() + " " + familyName.strip();
    }

    public boolean isPlatformAdmin() {
        return realmRoles.contains(PLATFORM_ADMIN);
    }

    private static boolean isHan(String s) {
        return s.strip().codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
