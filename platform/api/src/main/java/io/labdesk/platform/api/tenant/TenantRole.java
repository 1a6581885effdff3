package io.labdesk.platform.api.tenant;

/**
 * Roles a staff member can hold inside one tenant. They live in LabDesk, not in Keycloak: each institution's
 * admin assigns them, and one person may hold several. Display names come from the resource bundles under the
 * key {@code role.<NAME>}.
 */
public enum TenantRole {
    TENANT_ADMIN,
    CUSTOMER_SERVICE,
    TESTER,
    FOLLOW_UP,
    QUALITY_MANAGER,
    TECHNICAL_MANAGER,
    SUPERVISOR,
    INTERNAL_AUDITOR,
    RECORDS_ADMIN,
    DIRECTOR;

    /** The resource-bundle key of this role's display name. */
    public String messageKey() {
        return "role." + name();
    }
}
