package io.labdesk.it;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** What arrived at the test SMTP server, waited for: LabDesk sends from its outbox a few seconds after a change. */
final class Mailbox {

    record Mail(String to, String subject, String body) {
    }

    private Mailbox() {
    }

    static List<Mail> to(String recipient) {
        return Arrays.stream(TestEnvironment.mail().getReceivedMessages()).map(Mailbox::read)
                .filter(m -> m.to().equalsIgnoreCase(recipient)).toList();
    }

    /** The first mail to {@code recipient} that matches, waiting up to 60 s for it. */
    static Mail await(String recipient, Predicate<Mail> matching) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(end)) {
            var found = to(recipient).stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No matching mail to " + recipient + " within 60 s; it has " + to(recipient));
    }

    private static Mail read(MimeMessage m) {
        try {
            return new Mail(m.getRecipients(Message.RecipientType.TO)[0].toString(), m.getSubject(),
                    String.valueOf(m.getContent()).replace("\r\n", "\n"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
