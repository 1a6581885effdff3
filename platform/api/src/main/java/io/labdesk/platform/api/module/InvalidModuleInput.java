package io.labdesk.platform.api.module;

import io.labdesk.platform.api.data.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a module refuses, with its own message per field in both languages (modules carry their wording; the
 * platform's message bundles are its own). Nothing was stored. Answered 400 like any {@link InvalidInput}.
 */
public class InvalidModuleInput extends InvalidInput {

    private final Map<String, Text> messages;

    public InvalidModuleInput(Map<String, Text> messages) {
        super(keys(messages));
        this.messages = Map.copyOf(messages);
    }

    public static InvalidModuleInput of(String field, Text message) {
        return new InvalidModuleInput(Map.of(field, message));
    }

    public Map<String, Text> messages() {
        return messages;
    }

    private static Map<String, String> keys(Map<String, Text> messages) {
        Map<String, String> keys = new LinkedHashMap<>();
        messages.keySet().forEach(field -> keys.put(field, "validation.setting"));
        return keys;
    }
}
