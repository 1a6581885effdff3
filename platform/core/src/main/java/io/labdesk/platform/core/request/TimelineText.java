package io.labdesk.platform.core.request;

import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.tenant.Tenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

/** A timeline entry in the reader's words: what happened, and its detail with fields labelled and values translated. */
public final class TimelineText {

    private TimelineText() {
    }

    public static String what(RequestEvent event, Locale locale) {
        return Messages.get(event.kind().equals("RECEIVED") ? "request.event.RECEIVED" : "request.action." + event.kind(),
                locale);
    }

    public static String detail(RequestEvent event, Locale locale, Tenant tenant) {
        JsonObject json = Json.createReader(new StringReader(event.detail())).readObject();
        return json.entrySet().stream()
                .map(e -> label(e.getKey(), locale) + ": " + value(e.getKey(), e.getValue(), locale, tenant))
                .collect(Collectors.joining("zh".equals(locale.getLanguage()) ? "；" : "; "));
    }

    private static String label(String field, Locale locale) {
        return switch (field) {
            case "status", "type", "channel", "assignee", "number", "agreedFollowUpAt", "agreedDeliveryAt", "reply",
                 "note", "from", "files" -> Messages.get("request." + field, locale);
            case "method" -> Messages.get("request.followUp.method", locale);
            case "outcome" -> Messages.get("request.followUp.outcome", locale);
            case "verdict" -> Messages.get("request.followUp.verdict", locale);
            default -> field;
        };
    }

    private static String value(String field, JsonValue value, Locale locale, Tenant tenant) {
        if (value instanceof JsonObject o && o.containsKey("before")) {
            return value(field, o.get("before"), locale, tenant) + " → " + value(field, o.get("after"), locale, tenant);
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
            case "agreedFollowUpAt", "agreedDeliveryAt" -> tenant.localTime(Instant.parse(text));
            default -> text;
        };
    }
}
