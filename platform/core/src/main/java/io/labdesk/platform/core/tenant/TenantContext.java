package io.labdesk.platform.core.tenant;

import io.labdesk.platform.api.tenant.TenantRole;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The tenant the current thread works for, with the user's roles there. Bound for each request by
 * the web layer's tenant filter, or explicitly with {@link #runAs} for platform work on one tenant's data. Hibernate
 * fixes a session's tenant when the session opens, so bind before the transaction starts.
 */
public final class TenantContext {

    /** What Hibernate sees when no tenant is bound: an id no tenant has, so nothing tenant-owned matches. */
    public static final UUID NO_TENANT = new UUID(0L, 0L);

    private static final ThreadLocal<Binding> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    /**
     * @param tenantId      the working tenant, or null for an operator working on the platform only
     * @param actor         who acts, as written in logs ("system" for the platform's own work)
     * @param platformAdmin whether the actor operates the platform (realm role platform-admin)
     */
    public record Binding(UUID tenantId, Set<TenantRole> roles, String actor, boolean platformAdmin) {
        public Binding {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }

    public static Optional<Binding> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Optional<UUID> currentTenantId() {
        return current().map(Binding::tenantId);
    }

    public static String actor() {
        return current().map(Binding::actor).orElse("system");
    }

    /** Binds {@code binding} (or nothing) until the returned scope is closed; the previous binding returns then. */
    public static Scope bind(Binding binding) {
        Binding previous = CURRENT.get();
        set(binding);
        return () -> set(previous);
    }

    /** Runs {@code work} for {@code tenantId} with no user roles: platform work such as seeding a new tenant. */
    public static <T> T runAs(UUID tenantId, Supplier<T> work) {
        Binding outer = CURRENT.get();
        Binding binding = new Binding(tenantId, Set.of(), outer == null ? "system" : outer.actor(),
                outer != null && outer.platformAdmin());
        try (Scope ignored = bind(binding)) {
            return work.get();
        }
    }

    private static void set(Binding binding) {
        if (binding == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(binding);
        }
    }

    /** A binding that ends when closed. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
