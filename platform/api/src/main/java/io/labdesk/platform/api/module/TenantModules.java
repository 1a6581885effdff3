package io.labdesk.platform.api.module;

/**
 * What a module asks the platform about the current tenant and user. Inject it. Views and resources of a disabled
 * module are never reached, so most code needs only {@link #settings} and {@link #permitted}.
 */
public interface TenantModules {

    /** Whether the current tenant has enabled the module. */
    boolean enabled(String moduleId);

    /** The current tenant's settings of the module, defaults filled in. */
    ModuleSettings settings(String moduleId);

    /** Whether the signed-in user holds the permission in the current tenant (through their roles). */
    boolean permitted(String permissionId);

    /** Throws {@link io.labdesk.platform.api.tenant.AccessDenied} unless {@link #permitted}. */
    void require(String permissionId);
}
