package io.labdesk.platform.core.request;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.event.RequestMoved;
import io.labdesk.platform.api.request.Channel;
import io.labdesk.platform.api.request.RequestStatus;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.notification.Notification;
import io.labdesk.platform.core.notification.Outbox;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.staff.ActorNames;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What e-mail does to requests: a customer's new mail becomes a request of channel e-mail (its files checked one by
 * one, the mail itself kept as a file, the acknowledgement threaded to it), a reply joins its request's timeline
 * (reopening a closed one, or opening a linked new one), and staff answer a customer by e-mail from the request.
 * Every mail LabDesk sends here carries a Message-ID remembered with its request, so answers thread back.
 */
@ApplicationScoped
public class EmailRequests {

    private static final Pattern NUMBER = Pattern.compile("SR-\\d{4}-\\d{6}");
    private static final Set<TenantRole> ANSWERING = EnumSet.of(TenantRole.CUSTOMER_SERVICE,
            TenantRole.TENANT_ADMIN, TenantRole.TESTER, TenantRole.TECHNICAL_MANAGER, TenantRole.QUALITY_MANAGER);
    public static final int MAX_TEXT = 10_000;

    @Inject
    RequestIntake intake;

    @Inject
    Attachments attachments;

    @Inject
    Timeline timeline;

    @Inject
    RequestNotices notices;

    @Inject
    RequestSlas slas;

    @Inject
    TenantData tenantData;

    @Inject
    Outbox outbox;

    @Inject
    TenantSettings settings;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Event<RequestMoved> moves;

    /** A customer's mail as the request side needs it. */
    public record Mail(String messageId, String sender, String senderName, String subject, String text,
                       String language, List<Attachments.Upload> files, byte[] original) {
    }

    /** Where LabDesk's mail about the institution's requests is answered, and the domain of its Message-IDs. */
    public record Sender(String replyTo) {
        String domain() {
            return replyTo == null || !replyTo.contains("@") ? "labdesk.invalid"
                    : replyTo.substring(replyTo.indexOf('@') + 1);
        }
    }

    /** A new request from a customer's mail, acknowledged by a mail that answers theirs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceRequest receive(Mail mail, String type, Sender sender) {
        Locale institution = settings.current().defaultLocale();
        String subject = mail.subject().isBlank() ? Messages.get("mail.noSubject", institution) : mail.subject();
        subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        String text = mail.text().isBlank() ? subject : mail.text();
        text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        String name = mail.senderName() == null || mail.senderName().isBlank()
                ? mail.sender().substring(0, mail.sender().indexOf('@')) : mail.senderName().strip();
        name = name.length() > 100 ? name.substring(0, 100) : name;
        Intake in = new Intake(type, null, false, Channel.EMAIL, subject, text, null, name, null, mail.sender(),
                mail.language());
        ServiceRequest request = intake.receive(in, null, ActorNames.CUSTOMER).request();
        keepFiles(request, mail, "EMAIL_RECEIVED", Json.createObjectBuilder(), false);
        remember(mail.messageId(), "REQUEST", request.id());
        for (Notification n : outbox.about(request.id())) {
            if ("received".equals(n.topic()) && n.channel() == Notification.Channel.EMAIL) {
                thread(n, request, mail.messageId(), sender);
            }
        }
        return request;
    }

    /**
     * A customer's reply: on its request's timeline as their message, the responsible told. A closed request is
     * reopened, or (when {@code reopenClosed} is false) a new request linked to it is opened; answers that request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceRequest reply(UUID requestId, Mail mail, boolean reopenClosed, String type, Sender sender) {
        ServiceRequest request = timeline.lock(requestId);
        tenantData.em().refresh(request);
        if (request.status() == RequestStatus.CLOSED && !reopenClosed) {
            ServiceRequest linked = receive(mail, type, sender);
            timeline.append(request.id(), ActorNames.CUSTOMER, "LINKED",
                    Json.createObjectBuilder().add("linkedTo", linked.number()).build().toString(), false);
            timeline.append(linked.id(), ActorNames.CUSTOMER, "LINKED",
                    Json.createObjectBuilder().add("linkedTo", request.number()).build().toString(), false);
            return linked;
        }
        if (request.status() == RequestStatus.CLOSED) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            RequestStatus before = request.status();
            request.moveTo(RequestStatus.REOPENED, now);
            slas.record(request, RequestLifecycle.Action.REOPEN, now);
            timeline.append(request.id(), ActorNames.CUSTOMER, RequestLifecycle.Action.REOPEN.name(),
                    Json.createObjectBuilder().add("status", Json.createObjectBuilder().add("before", before.name())
                            .add("after", RequestStatus.REOPENED.name())).add("channel", Channel.EMAIL.name())
                            .build().toString(), true);
            moves.fire(new RequestMoved(request.tenantId(), request.id(), request.number(),
                    RequestLifecycle.Action.REOPEN.name(), before, RequestStatus.REOPENED, ActorNames.CUSTOMER));
        }
        String text = mail.text().length() > MAX_TEXT ? mail.text().substring(0, MAX_TEXT) : mail.text();
        JsonObjectBuilder detail = Json.createObjectBuilder().add("from", request.contactName())
                .add("channel", Channel.EMAIL.name());
        if (!text.isBlank()) {
            detail.add("note", text);
        }
        String files = keepFiles(request, mail, "CUSTOMER_ADDED", detail, true);
        remember(mail.messageId(), "REPLY", request.id());
        notices.customerMailed(request, text, files);
        return request;
    }

    /**
     * The request a mail answers: one LabDesk's mail it names in In-Reply-To/References was about, else the request
     * whose number its subject carries — only when it comes from that request's customer, so a guessed number
     * writes into nobody else's request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> answered(Collection<String> messageIds, String subject, String sender) {
        if (!messageIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<UUID> found = tenantData.em().createNativeQuery("SELECT request_id FROM mail_message "
                    + "WHERE direction = 'OUT' AND request_id IS NOT NULL AND message_id = ANY(CAST(? AS text[])) "
                    + "ORDER BY created_at DESC LIMIT 1", UUID.class)
                    .setParameter(1, messageIds.toArray(String[]::new)).getResultList();
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        Matcher number = NUMBER.matcher(subject == null ? "" : subject);
        while (number.find()) {
            Optional<UUID> request = tenantData.em().createQuery("SELECT r.id FROM ServiceRequest r WHERE r.number = :n "
                            + "AND lower(r.contactEmail) = :e", UUID.class).setParameter("n", number.group())
                    .setParameter("e", sender.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
            if (request.isPresent()) {
                return request;
            }
        }
        return Optional.empty();
    }

    /**
     * Records a mail as seen, once: false when its Message-ID was already taken in (another server, or a sweep
     * before a crash), and the caller then does nothing. Waits for a concurrent import of the same mail to end.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstSight(String messageId, String outcome, String sender) {
        return tenantData.em().createNativeQuery("INSERT INTO mail_message (id, tenant_id, message_id, direction, "
                        + "outcome, sender, created_at) VALUES (?, ?, ?, 'IN', ?, ?, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, UUID.randomUUID()).setParameter(2, currentTenant.id().orElseThrow())
                .setParameter(3, messageId).setParameter(4, outcome).setParameter(5, sender).executeUpdate() == 1;
    }

    /** How many mails from {@code sender} became requests or replies in the last hour. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long takenInLastHour(String sender) {
        return ((Number) tenantData.em().createNativeQuery("SELECT count(*) FROM mail_message WHERE direction = 'IN' "
                + "AND sender = ? AND outcome IN ('REQUEST', 'REPLY') AND created_at > now() - interval '1 hour'")
                .setParameter(1, sender).getSingleResult()).longValue();
    }

    /** A member of staff answers the request's customer by e-mail, with chosen files of the request. */
    @Transactional
    public ServiceRequest answer(UUID requestId, String text, List<UUID> fileIds, Sender sender) {
        currentTenant.requireAny(ANSWERING.toArray(TenantRole[]::new));
        ServiceRequest request = Optional.ofNullable(timeline.lock(requestId))
                .orElseThrow(() -> new NotFound("request", requestId));
        if (request.contactEmail() == null) {
            throw new InvalidInput(Map.of("text", "validation.emailReply.noAddress"));
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_TEXT) {
            throw new InvalidInput(Map.of("text", "validation.emailReply.text"));
        }
        List<RequestAttachment> chosen = new ArrayList<>();
        for (UUID id : fileIds == null ? List.<UUID>of() : fileIds) {
            RequestAttachment a = tenantData.em().find(RequestAttachment.class, id);
            if (a == null || !a.requestId().equals(requestId)) {
                throw new InvalidInput(Map.of("files", "validation.emailReply.file"));
            }
            chosen.add(a);
        }
        String subject = "[" + request.number() + "] " + request.subject();
        Notification n = outbox.written(request.contactEmail(), "emailReply", request.id(), subject, body);
        for (RequestAttachment a : chosen) {
            outbox.attach(n, a.fileName(), a.contentType(), a.content());
        }
        @SuppressWarnings("unchecked")
        List<String> last = tenantData.em().createNativeQuery("SELECT message_id FROM mail_message WHERE request_id = ? "
                + "AND direction = 'IN' ORDER BY created_at DESC LIMIT 1", String.class).setParameter(1, requestId)
                .getResultList();
        thread(n, request, last.isEmpty() ? null : last.get(0), sender);
        JsonObjectBuilder detail = Json.createObjectBuilder().add("to", request.contactEmail()).add("note", body);
        if (!chosen.isEmpty()) {
            detail.add("files", chosen.stream().map(RequestAttachment::fileName).collect(Collectors.joining(", ")));
        }
        timeline.append(request.id(), currentTenant.actor(), "EMAIL_SENT", detail.build().toString(), true);
        return request;
    }

    private String keepFiles(ServiceRequest request, Mail mail, String kind, JsonObjectBuilder detail,
                             boolean forCustomer) {
        Attachments.Sorted sorted = Attachments.sort(mail.files());
        attachments.attach(request.id(), sorted.accepted(), ActorNames.CUSTOMER);
        attachments.keepOriginal(request.id(), "mail-" + Instant.now().toEpochMilli() + ".eml", mail.original(),
                ActorNames.CUSTOMER);
        String files = sorted.accepted().stream().map(Attachments.Upload::fileName).collect(Collectors.joining(", "));
        Locale locale = settings.current().defaultLocale();
        String refused = sorted.refused().stream().map(r -> r.getKey() + " (" + Messages.get(r.getValue(), locale)
                + ")").collect(Collectors.joining(", "));
        if ("EMAIL_RECEIVED".equals(kind)) {
            detail.add("from", mail.sender());
        }
        if (!files.isEmpty()) {
            detail.add("files", files);
        }
        if (!refused.isEmpty()) {
            detail.add("refused", refused);
        }
        timeline.append(request.id(), ActorNames.CUSTOMER, kind, detail.build().toString(), forCustomer);
        return files;
    }

    private void thread(Notification n, ServiceRequest request, String answers, Sender sender) {
        String id = "<" + UUID.randomUUID() + "." + request.number().toLowerCase(Locale.ROOT) + "@" + sender.domain()
                + ">";
        n.threaded(id, answers, sender.replyTo());
        tenantData.em().createNativeQuery("INSERT INTO mail_message (id, tenant_id, message_id, direction, outcome, "
                        + "sender, request_id, created_at) VALUES (?, ?, ?, 'OUT', 'SENT', NULL, ?, now())")
                .setParameter(1, UUID.randomUUID()).setParameter(2, request.tenantId()).setParameter(3, id)
                .setParameter(4, request.id()).executeUpdate();
    }

    /** What a mail first seen by {@link #firstSight} became. */
    private void remember(String messageId, String outcome, UUID requestId) {
        tenantData.em().createNativeQuery("UPDATE mail_message SET outcome = ?, request_id = ? WHERE message_id = ? "
                        + "AND direction = 'IN'").setParameter(1, outcome).setParameter(2, requestId)
                .setParameter(3, messageId).executeUpdate();
    }
}
