package io.labdesk.platform.api.module;

/**
 * A Vaadin view a module contributes (a {@code com.vaadin.flow.component.Component} with a public constructor or
 * a CDI bean; no {@code @Route}: the platform routes it per session, for tenants that enabled the module, inside
 * the staff layout). {@code path} is a Vaadin route template ({@code complaints/:id}); {@code permission} is one of
 * the module's permission ids, or null for every staff member of the tenant.
 */
public record ModuleView(String path, Class<?> view, String permission) {
}
