package io.labdesk.platform.core.request;

import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.staff.ActorNames;
import io.labdesk.platform.core.tenant.Tenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request's timeline in the reader's words: who acted (by name), what happened, and its detail with fields
 * labelled and values translated — request types by their names, staff by theirs. The timeline itself keeps the
 * codes and usernames its hash chain covers.
 */
public final class TimelineText {

    private final Locale locale;
    private final Tenant tenant;
    private final Map<String, String> typeNames;
    private final ActorNames actors;
    private final String customerName;

    /** {@code typeNames}: request type names by code in {@code locale}; {@code customerName}: the request's contact. */
    public TimelineText(Locale locale, Tenant tenant, Map<String, String> typeNames, ActorNames actors,
                        String customerName) {
        this.locale = locale;
        this.tenant = tenant;
        this.typeNames = Map.copyOf(typeNames);
        this.actors = actors;
        this.customerName = customerName;
    }

    public String who(RequestEvent event) {
        return actors.of(event.actor(), customerName, locale);
    }

    public String what(RequestEvent event) {
        return Messages.get(event.kind().equals("RECEIVED") ? "request.event.RECEIVED" : "request.action." + event.kind(),
                locale);
    }

    public String detail(RequestEvent event) {
        JsonObject json = Json.createReader(new StringReader(event.detail())).readObject();
        return json.entrySet().stream()
                .map(e -> label(e.getKey()) + ": " + value(e.getKey(), e.getValue()))
                .collect(Collectors.joining("zh".equals(locale.getLanguage()) ? "；" : "; "));
    }

    private String label(String field) {
        return switch (field) {
            case "status", "type", "channel", "assignee", "number", "agreedFollowUpAt", "agreedDeliveryAt", "reply",
                 "note", "from", "files", "to", "refused", "linkedTo" -> Messages.get("request." + field, locale);
            case "method" -> Messages.get("request.followUp.method", locale);
            case "outcome" -> Messages.get("request.followUp.outcome", locale);
            case "verdict" -> Messages.get("request.followUp.verdict", locale);
            default -> field;
        };
    }

    private String value(String field, JsonValue value) {
        if (value instanceof JsonObject o && o.containsKey("before")) {
            return value(field, o.get("before")) + " → " + value(field, o.get("after"));
        }
        String text = value instanceof JsonString s ? s.getString() : value.toString();
        if (text.isEmpty()) {
            return "—";
        }
        return switch (field) {
            case "status" -> Messages.get("request.status." + text, locale);
            case "channel" -> Messages.get("request.channel." + text, locale);
            case "method" -> Messages.get("request.method." + text, locale);
            case "verdict" -> Messages.get("request.verdict." + text, locale);
            case "type" -> typeNames.getOrDefault(text, text);
            case "assignee" -> actors.staff(text);
            case "agreedFollowUpAt", "agreedDeliveryAt" -> tenant.localTime(Instant.parse(text));
            default -> text;
        };
    }
}
