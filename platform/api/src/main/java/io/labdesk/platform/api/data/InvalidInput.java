package io.labdesk.platform.api.data;

import java.util.Map;

/**
 * Input that cannot be stored, with a message key per field (resolved in the user's language by the caller).
 * Nothing was written. Answered 400 over the API.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> fieldMessageKeys;

    public InvalidInput(Map<String, String> fieldMessageKeys) {
        super("Invalid input: " + fieldMessageKeys);
        this.fieldMessageKeys = Map.copyOf(fieldMessageKeys);
    }

    public Map<String, String> fieldMessageKeys() {
        return fieldMessageKeys;
    }
}
