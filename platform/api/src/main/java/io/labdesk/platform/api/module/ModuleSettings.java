package io.labdesk.platform.api.module;

import java.util.Map;

/** One tenant's values of a module's settings, complete (defaults filled in), read typed by key. */
public record ModuleSettings(Map<String, String> values) {

    public ModuleSettings {
        values = Map.copyOf(values);
    }

    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("No setting " + key);
        }
        return value;
    }

    public long number(String key) {
        return Long.parseLong(text(key));
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(text(key));
    }
}
