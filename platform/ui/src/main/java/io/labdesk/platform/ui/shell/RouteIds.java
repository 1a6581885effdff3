package io.labdesk.platform.ui.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.UUID;

/** Ids in view addresses ({@code requests/:requestId}); a malformed one is simply none, shown as "not found". */
public final class RouteIds {

    private RouteIds() {
    }

    public static Optional<UUID> uuid(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).flatMap(s -> {
            try {
                return Optional.of(UUID.fromString(s));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
