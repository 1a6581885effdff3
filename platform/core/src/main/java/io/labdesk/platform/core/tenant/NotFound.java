package io.labdesk.platform.core.tenant;

import java.util.UUID;

/** No such record in the current tenant; another tenant's records are reported exactly the same way. */
public class NotFound extends RuntimeException {

    public NotFound(String what, UUID id) {
        super("No " + what + " " + id);
    }

    public NotFound(String what) {
        super("No " + what);
    }
}
