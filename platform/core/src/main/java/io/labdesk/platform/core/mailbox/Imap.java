package io.labdesk.platform.core.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;

/**
 * Signs in to an IMAP server over TLS only, checking its certificate and name (the JVM's trust store decides which
 * certificates are trusted), with time limits so a silent server never holds a poll.
 */
final class Imap {

    private Imap() {
    }

    static Store connect(MailboxSettings.Access access) throws MessagingException {
        Properties p = new Properties();
        p.setProperty("mail.store.protocol", "imaps");
        p.setProperty("mail.imaps.host", access.host());
        p.setProperty("mail.imaps.port", String.valueOf(access.port()));
        p.setProperty("mail.imaps.ssl.checkserveridentity", "true");
        // Reading a mail must not mark it read: only its committed import does.
        p.setProperty("mail.imaps.peek", "true");
        p.setProperty("mail.imaps.connectiontimeout", "10000");
        p.setProperty("mail.imaps.timeout", "30000");
        p.setProperty("mail.imaps.writetimeout", "30000");
        Store store = Session.getInstance(p).getStore("imaps");
        store.connect(access.host(), access.port(), access.username(), access.password());
        return store;
    }

    /** The server's or network's reason, with its cause's when the outer one says little. */
    static String why(Exception e) {
        String why = String.valueOf(e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !why.contains(cause.getMessage())) {
            why += ": " + cause.getMessage();
        }
        return why.length() > 500 ? why.substring(0, 500) : why;
    }
}
