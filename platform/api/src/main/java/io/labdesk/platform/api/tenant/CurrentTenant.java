package io.labdesk.platform.api.tenant;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The tenant the current request works for and the signed-in user's roles there. It comes from the user's
 * token and choice of organization, the slug of a public URL or a tracking token, never from a request body.
 */
public interface CurrentTenant {

    Optional<UUID> id();

    Set<TenantRole> roles();

    /** Who acts in this request, as written in logs. */
    String actor();

    default boolean hasAny(TenantRole... roles) {
        for (TenantRole role : roles) {
            if (roles().contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Throws {@link AccessDenied} unless the user holds one of {@code roles} in the current tenant. */
    default void requireAny(TenantRole... roles) {
        if (id().isEmpty() || !hasAny(roles)) {
            throw new AccessDenied(Set.of(roles));
        }
    }
}
