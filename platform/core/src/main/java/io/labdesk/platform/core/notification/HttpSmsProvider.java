package io.labdesk.platform.core.notification;

import io.labdesk.platform.api.notification.SmsProvider;
import io.labdesk.platform.core.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts each text message as JSON {@code {"to": "...", "text": "..."}} to {@code LABDESK_SMS_HTTP_URL}, with
 * {@code Authorization: Bearer LABDESK_SMS_HTTP_TOKEN} when set: the shape most SMS gateways accept, or a small
 * adapter in front of one. Any 2xx answer counts as sent.
 */
@ApplicationScoped
public class HttpSmsProvider implements SmsProvider {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String id() {
        return "http";
    }

    @Override
    public void send(String phone, String text) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Setting.SMS_HTTP_URL.require()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("to", phone)
                        .add("text", text).build().toString()));
        Setting.SMS_HTTP_TOKEN.value().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("SMS gateway answered " + response.statusCode() + ": " + response.body());
        }
    }
}
