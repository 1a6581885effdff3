package io.labdesk.platform.api.module;

import io.labdesk.platform.api.data.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;

/** Module settings that fail their schema, with a message per field in both languages; nothing was stored. */
public class InvalidSettings extends InvalidInput {

    private final Map<String, Text> messages;

    public InvalidSettings(Map<String, Text> messages) {
        super(keys(messages));
        this.messages = Map.copyOf(messages);
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
