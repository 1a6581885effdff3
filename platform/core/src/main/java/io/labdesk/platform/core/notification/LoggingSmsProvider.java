package io.labdesk.platform.core.notification;

import io.labdesk.platform.api.notification.SmsProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/** Writes text messages to the server log: for development, and where no SMS gateway is contracted. */
@ApplicationScoped
public class LoggingSmsProvider implements SmsProvider {

    private static final Logger LOG = Logger.getLogger(LoggingSmsProvider.class.getName());

    @Override
    public String id() {
        return "log";
    }

    @Override
    public void send(String phone, String text) {
        LOG.info("SMS to " + phone + ": " + text);
    }
}
