package io.labdesk.platform.api.module;

/**
 * An entry in the staff navigation: a label, the path of one of the module's views, a Vaadin icon name
 * ({@code vaadin:comments}) and the permission it needs (null: every staff member).
 */
public record NavigationEntry(String path, Text label, String icon, String permission) {
}
