package io.labdesk.platform.api.module;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A module's section on the platform's request page: its records about that request (a complaint, a retest, a
 * survey answer), each linking into the module's views, and optionally a link to start a new one. With
 * {@code RequestDirectory} going the other way (a request's facts and the link to its page), a module links both
 * ways without knowing the platform's views.
 * Shown only where the institution runs the module, to staff holding {@link #permission()}; a section with no
 * entries and no start link is left out.
 */
public interface RequestSection {

    Text title();

    /** One of the module's permissions, or null for all staff. */
    String permission();

    /** The module's records about the request with this id and number, in the order to show them. */
    List<Entry> about(UUID requestId, String number);

    /** A link to record something new about the request (e.g. the module's view with the number filled in). */
    default Optional<Link> start(UUID requestId, String number) {
        return Optional.empty();
    }

    /**
     * One record: its name as the module shows it (a number, a title), a line of detail (status, date; may be null)
     * and the module view that opens it, with its query ({@code complaints?id=…}).
     */
    record Entry(String title, String detail, String link) {
    }

    record Link(Text label, String link) {
    }
}
