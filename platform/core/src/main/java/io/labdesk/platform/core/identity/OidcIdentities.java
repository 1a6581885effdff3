package io.labdesk.platform.core.identity;

import io.labdesk.platform.api.identity.StaffIdentity;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RealmAccessClaim;

/** Reads the signed-in staff member from the OpenID Connect principal the server established. */
public final class OidcIdentities {

    /** Keycloak's organization-membership claim: the aliases (tenant slugs) of the user's organizations. */
    public static final String ORGANIZATION_CLAIM = "organization";

    private OidcIdentities() {
    }

    public static Optional<StaffIdentity> of(Principal principal) {
        if (!(principal instanceof OidcPrincipal<?> oidc) || oidc.getOidcSecurityContext() == null) {
            return Optional.empty();
        }
        AccessToken token = oidc.getOidcSecurityContext().getToken();
        if (token == null) {
            return Optional.empty();
        }
        String username = token.getPreferredUsername() != null ? token.getPreferredUsername() : principal.getName();
        RealmAccessClaim realmAccess = token.getRealmAccessClaim();
        Set<String> realmRoles = realmAccess == null || realmAccess.getRoles() == null
                ? Set.of() : Set.copyOf(realmAccess.getRoles());
        return Optional.of(new StaffIdentity(token.getSubject(), username, token.getGivenName(),
                token.getFamilyName(), token.getEmail(), organizations(token), realmRoles));
    }

    /** The raw ID token, needed to end the session at the identity provider on logout. */
    public static Optional<String> idToken(Principal principal) {
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return Optional.ofNullable(oidc.getOidcSecurityContext().getIDTokenString());
        }
        return Optional.empty();
    }

    private static List<String> organizations(AccessToken token) {
        if (!token.hasClaim(ORGANIZATION_CLAIM)) {
            return List.of();
        }
        // A list of aliases by default; a map keyed by alias when the mapper adds attributes or ids.
        Object claim = token.getClaimValue(ORGANIZATION_CLAIM);
        if (claim instanceof java.util.Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).sorted().toList();
        }
        return token.getStringListClaimValue(ORGANIZATION_CLAIM).stream().sorted().toList();
    }
}
