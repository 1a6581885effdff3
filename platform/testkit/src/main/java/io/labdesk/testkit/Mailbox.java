package io.labdesk.testkit;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** What arrived at the test SMTP server, waited for: LabDesk sends from its outbox a few seconds after a change. */
public final class Mailbox {

    public record Mail(String to, String subject, String body, List<Attachment> attachments) {
    }

    public record Attachment(String fileName, byte[] content) {
    }

    private Mailbox() {
    }

    public static List<Mail> to(String recipient) {
        return Arrays.stream(TestEnvironment.mail().getReceivedMessages()).map(Mailbox::read)
                .filter(m -> m.to().equalsIgnoreCase(recipient)).toList();
    }

    /** The first mail to {@code recipient} that matches, waiting up to 60 s for it. */
    public static Mail await(String recipient, Predicate<Mail> matching) throws InterruptedException {
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
            String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
            if (!(m.getContent() instanceof MimeMultipart parts)) {
                return new Mail(to, m.getSubject(), String.valueOf(m.getContent()).replace("\r\n", "\n"), List.of());
            }
            String body = "";
            List<Attachment> attachments = new ArrayList<>();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getFileName() == null) {
                    body = String.valueOf(part.getContent()).replace("\r\n", "\n");
                } else {
                    try (var in = part.getInputStream()) {
                        attachments.add(new Attachment(MimeUtility.decodeText(part.getFileName()), in.readAllBytes()));
                    }
                }
            }
            return new Mail(to, m.getSubject(), body, attachments);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
