package io.labdesk.platform.api.module;

/** An event a module raises as a {@link ModuleEvent}, declared so other modules and the admin know of it. */
public record ModuleEventType(String type, Text description) {
}
