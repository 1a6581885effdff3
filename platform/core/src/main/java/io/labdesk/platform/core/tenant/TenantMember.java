package io.labdesk.platform.core.tenant;

import io.labdesk.platform.api.tenant.TenantOwned;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A staff account's membership in one tenant, with the roles it holds there. */
@Entity
@Table(name = "tenant_member")
public class TenantMember extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(length = 320)
    private String email;

    @Convert(converter = TenantRolesColumn.class)
    @Column(nullable = false, length = 1000)
    private Set<TenantRole> roles = EnumSet.noneOf(TenantRole.class);

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected TenantMember() {
    }

    public TenantMember(String username, String displayName, String email, Set<TenantRole> roles) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(TenantRole.class) : EnumSet.copyOf(roles);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    public String email() {
        return email;
    }

    public Set<TenantRole> roles() {
        return Set.copyOf(roles);
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public void assignRoles(Set<TenantRole> newRoles) {
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(TenantRole.class) : EnumSet.copyOf(newRoles);
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
