package io.labdesk.platform.api.deadline;

import io.labdesk.platform.api.tenant.TenantRole;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is warned about a deadline: named staff (usernames) and everyone active in the institution who holds one of
 * the roles. Inactive staff and staff without an address are passed over when the warning is sent.
 */
public record Recipients(Set<String> users, Set<TenantRole> roles) {

    public Recipients {
        users = Set.copyOf(users);
        roles = Set.copyOf(roles);
    }

    public static Recipients none() {
        return new Recipients(Set.of(), Set.of());
    }

    public static Recipients users(String... usernames) {
        return new Recipients(Set.copyOf(Arrays.asList(usernames)), Set.of());
    }

    public static Recipients roles(TenantRole... roles) {
        return new Recipients(Set.of(), Set.copyOf(Arrays.asList(roles)));
    }

    /** These recipients and {@code others}. */
    public Recipients and(Recipients others) {
        Set<String> u = new LinkedHashSet<>(users);
        u.addAll(others.users);
        Set<TenantRole> r = new LinkedHashSet<>(roles);
        r.addAll(others.roles);
        return new Recipients(u, r);
    }

    public boolean isEmpty() {
        return users.isEmpty() && roles.isEmpty();
    }
}
