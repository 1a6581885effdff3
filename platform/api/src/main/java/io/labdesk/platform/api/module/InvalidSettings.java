package io.labdesk.platform.api.module;

import java.util.Map;

/** Module settings that fail their schema, with a message per field in both languages; nothing was stored. */
public class InvalidSettings extends InvalidModuleInput {

    public InvalidSettings(Map<String, Text> messages) {
        super(messages);
    }
}
