package io.labdesk.platform.api.notification;

/**
 * Sends text messages to phones. LabDesk ships a provider that writes them to the log ({@code log}) and one that
 * posts them to an HTTP gateway ({@code http}); another is a CDI bean implementing this, chosen by
 * {@code LABDESK_SMS_PROVIDER} = its {@link #id()}.
 */
public interface SmsProvider {

    String id();

    /** Sends or throws; a failure is retried later by the dispatcher. */
    void send(String phone, String text) throws Exception;
}
