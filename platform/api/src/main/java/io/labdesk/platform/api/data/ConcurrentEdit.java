package io.labdesk.platform.api.data;

/**
 * Someone else changed the record since the user read it. Nothing was written; the user reloads and decides.
 * Answered 409 over the API.
 */
public class ConcurrentEdit extends RuntimeException {

    public ConcurrentEdit(String what) {
        super(what + " was changed by someone else in the meantime");
    }
}
