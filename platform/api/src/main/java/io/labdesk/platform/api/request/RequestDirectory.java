package io.labdesk.platform.api.request;

import io.labdesk.platform.api.module.Text;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The current institution's service requests as a module's records refer to them, by id or by number: what was
 * asked, by whom, who works on it, where it stands and when it moved. Another institution's request is not found.
 * The contact comes masked, as lists show it; {@link #contact} gives it in full to staff and logs the view, as the
 * request page does.
 */
public interface RequestDirectory {

    Optional<Request> find(UUID id);

    /** By its number, e.g. {@code SR-2026-000123} (surrounding blanks ignored). */
    Optional<Request> byNumber(String number);

    /**
     * Requests {@code username} was responsible for (assigned to them) or resolved, open at some time within
     * {@code [from, until)}, oldest first: what someone handled, for checks of independence such as an internal
     * auditor's. At most 500.
     */
    java.util.List<Request> handledBy(String username, Instant from, Instant until);

    /**
     * The request's contact in full, for a member of staff (else {@code AccessDenied}); each call is written to the
     * institution's security log as a view of personal data.
     */
    Optional<Contact> contact(UUID requestId);

    /**
     * A request's facts. {@code type} and {@code statusName} in both languages; {@code assignee} the responsible
     * person's username (null while unassigned); times null until reached; {@code link} the address of the request's
     * page in the staff UI ({@code requests/{id}}), for a module's views to link back.
     */
    record Request(UUID id, String number, String typeCode, Text type, RequestStatus status, Text statusName,
                   Priority priority, boolean emergency, Channel channel, String subject, Contact contact,
                   UUID customerId, String assignee, Instant receivedAt, Instant acknowledgedAt,
                   Instant agreedFollowUpAt, Instant agreedDeliveryAt, Instant resolvedAt, Instant closedAt,
                   String link) {
    }

    /** Who asked: masked in {@link Request#contact()} (王**, 138****5678), in full from {@link #contact}. */
    record Contact(String name, String organisation, String phone, String email, Locale language) {
    }
}
