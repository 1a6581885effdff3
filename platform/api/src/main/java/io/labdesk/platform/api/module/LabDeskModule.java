package io.labdesk.platform.api.module;

import io.labdesk.platform.api.letter.LetterKind;
import java.util.List;

/**
 * A plug-in module, in the spirit of Keycloak's provider factories: one implementation per module JAR, an
 * application-scoped CDI bean, found by the platform through CDI. Everything the module brings is declared here.
 *
 * <p>The module's classes live in this class's package or below it: by that the platform knows which module a view,
 * a REST resource or an observer belongs to, and silences it for tenants that have not enabled the module.
 */
public interface LabDeskModule {

    /** Lower case letters, digits and dashes ({@code complaints}); stored with each tenant's choice, never change it. */
    String id();

    Text name();

    /** What the module does, in a sentence or two, shown to the tenant admin who decides to enable it. */
    Text description();

    /** The rights it defines, each with the roles that hold it by default. */
    default List<ModulePermission> permissions() {
        return List.of();
    }

    /** The views it contributes, routed only for tenants that enabled the module. */
    default List<ModuleView> views() {
        return List.of();
    }

    /** Its entries in the staff navigation. */
    default List<NavigationEntry> navigation() {
        return List.of();
    }

    /** The forms it offers customers without an account ({@code /t/{slug}/{path}}), for tenants that enabled it. */
    default List<PublicForm> publicForms() {
        return List.of();
    }

    /** Its figures on the institution's dashboard, for the period chosen there. */
    default List<DashboardFigures> dashboard() {
        return List.of();
    }

    /** What it asks of the signed-in staff member, counted, for the home page. */
    default List<StaffTasks> tasks() {
        return List.of();
    }

    /** Its checks of the institution's set-up, whose warnings the institution's admins see. */
    default List<SetupCheck> setupChecks() {
        return List.of();
    }

    /** Its sections on the platform's request page: its records about that request, linking into its views. */
    default List<RequestSection> requestSections() {
        return List.of();
    }

    /** What it does in the background for each institution that runs it. */
    default List<BackgroundWork> backgroundWork() {
        return List.of();
    }

    /** The letters it sends customers, which each institution may reword (see {@code letter}). */
    default List<LetterKind> letters() {
        return List.of();
    }

    /** The settings each tenant may change, with defaults and validation. */
    default SettingsSchema settings() {
        return SettingsSchema.NONE;
    }

    /**
     * The classpath location of its Liquibase changelog ({@code db/changelog/modules/complaints.xml}), or null.
     * Tables carry {@code tenant_id} with forced row-level security; {@code ${app_role}} names the role to grant.
     */
    default String changelog() {
        return null;
    }

    /** The events it raises as {@link ModuleEvent}s for other modules. */
    default List<ModuleEventType> events() {
        return List.of();
    }
}
