package io.labdesk.platform.core.staff;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.EmailAddress;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.security.SecurityEvent;
import io.labdesk.platform.core.security.SecurityLog;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The current tenant's staff and their roles, managed by its tenant admins. */
@ApplicationScoped
public class StaffMembers {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,62}$");

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    SecurityLog securityLog;

    @Transactional
    public List<TenantMember> list() {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        return tenantData.em().createQuery("SELECT m FROM TenantMember m ORDER BY m.username", TenantMember.class)
                .getResultList();
    }

    /** Empty for an id of another tenant, exactly as for an id that does not exist. */
    @Transactional
    public Optional<TenantMember> find(UUID id) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        return tenantData.em().createQuery("SELECT m FROM TenantMember m WHERE m.id = :id", TenantMember.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Active colleagues, whom any member of staff may see and assign work to. */
    @Transactional
    public List<TenantMember> active() {
        currentTenant.requireAny(TenantRole.values());
        return tenantData.em().createQuery("SELECT m FROM TenantMember m WHERE m.active = true ORDER BY m.username",
                TenantMember.class).getResultList();
    }

    /** Active members holding {@code role}, without a role check: for the platform's own work (messages). */
    @Transactional
    public List<TenantMember> activeHolding(TenantRole role) {
        return activeWithoutRoleCheck().stream().filter(m -> m.roles().contains(role)).toList();
    }

    /** All active members, in one query, without a role check: for the platform's background messages. */
    @Transactional
    public List<TenantMember> activeWithoutRoleCheck() {
        return tenantData.em().createQuery("SELECT m FROM TenantMember m WHERE m.active = true ORDER BY m.username",
                TenantMember.class).getResultList();
    }

    /** Active members among {@code usernames}, in one query, without a role check: for the platform's messages. */
    @Transactional
    public List<TenantMember> activeAmong(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return tenantData.em().createQuery("SELECT m FROM TenantMember m WHERE m.active = true AND m.username IN "
                + ":u ORDER BY m.username", TenantMember.class).setParameter("u", usernames).getResultList();
    }

    /**
     * Every member's name by username, former members included, so that records show people by name; without a role
     * check, as names are shown wherever a record is (a member removed since is not here: callers show the username).
     */
    @Transactional
    public ActorNames names() {
        return new ActorNames(tenantData.em().createQuery("SELECT m FROM TenantMember m", TenantMember.class)
                .getResultStream().collect(Collectors.toMap(TenantMember::username,
                        TenantMember::displayName, (a, b) -> a)));
    }

    @Transactional
    public Optional<TenantMember> findByUsername(String username) {
        return tenantData.em()
                .createQuery("SELECT m FROM TenantMember m WHERE m.username = :u", TenantMember.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    /** Adds a member to the current tenant; the identity side (Keycloak) is the caller's concern. */
    @Transactional
    public TenantMember add(String username, String displayName, String email, Set<TenantRole> roles) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        validateNewMember(username, displayName, email);
        if (findByUsername(username.strip()).isPresent()) {
            throw new InvalidInput(Map.of("username", "validation.username.taken"));
        }
        TenantMember member = new TenantMember(username.strip(), displayName.strip(), email.strip(), roles);
        tenantData.em().persist(member);
        securityLog.record(currentTenant.actor(), SecurityEvent.Kind.MEMBER_ADDED, member.username(),
                "roles=" + sorted(roles));
        return member;
    }

    public static void validateNewMember(String username, String displayName, String email) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            errors.put("username", "validation.username");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            errors.put("name", "validation.name");
        }
        if (!EmailAddress.valid(email)) {
            errors.put("email", "validation.email");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    @Transactional
    public TenantMember assignRoles(UUID id, Set<TenantRole> roles, long expectedVersion) {
        TenantMember member = editable(id, expectedVersion);
        Set<TenantRole> before = member.roles();
        member.assignRoles(roles);
        securityLog.record(currentTenant.actor(), SecurityEvent.Kind.ROLES_CHANGED, member.username(),
                "before=" + sorted(before) + " after=" + sorted(roles));
        return flushed(member);
    }

    @Transactional
    public TenantMember setActive(UUID id, boolean active, long expectedVersion) {
        TenantMember member = editable(id, expectedVersion);
        if (member.active() != active) {
            member.setActive(active);
            securityLog.record(currentTenant.actor(), active ? SecurityEvent.Kind.MEMBER_REACTIVATED
                    : SecurityEvent.Kind.MEMBER_DEACTIVATED, member.username(), null);
        }
        return flushed(member);
    }

    private TenantMember editable(UUID id, long expectedVersion) {
        TenantMember member = find(id).orElseThrow(() -> new NotFound("member", id));
        if (member.version() != expectedVersion) {
            throw new ConcurrentEdit("This member");
        }
        return member;
    }

    private TenantMember flushed(TenantMember member) {
        try {
            tenantData.em().flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentEdit("This member");
        }
        return member;
    }

    private static List<TenantRole> sorted(Set<TenantRole> roles) {
        return roles.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(roles));
    }
}
