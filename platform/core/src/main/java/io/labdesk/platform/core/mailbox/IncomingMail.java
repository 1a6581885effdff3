package io.labdesk.platform.core.mailbox;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mail as read from the mailbox, whole: who sent it, what it says (HTML turned to text), its files, the ids it
 * answers, and the raw message kept as it came. Reading fails with {@link Unreadable} rather than guessing.
 */
public record IncomingMail(String messageId, String sender, String senderName, String subject, String text,
                           List<File> files, Set<String> answers, byte[] raw, Headers headers) {

    private static final Pattern ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern OUT_OF_OFFICE = Pattern.compile(
            "(?i)^\\s*(out of (the )?office|automatic reply|auto(matic)?[- ]?reply|autoreply|abwesenheit|"
                    + "自动回复|自動回覆|休假|外出)");
    private static final Set<String> BOUNCERS = Set.of("mailer-daemon", "postmaster", "mail-daemon", "bounce",
            "bounces", "noreply-dmarc-support");

    /** A file that came with the mail. */
    public record File(String fileName, byte[] content) {
    }

    /** The headers that tell noise from a person writing. */
    public record Headers(String autoSubmitted, String precedence, String returnPath, String contentType,
                          boolean listMail, boolean autoReplyMark) {
    }

    /** The mail cannot be read as MIME (or has no usable sender); it stays in the mailbox. */
    public static class Unreadable extends Exception {
        public Unreadable(String why, Throwable cause) {
            super(why, cause);
        }
    }

    public static IncomingMail read(byte[] raw) throws Unreadable {
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            Address[] from = m.getFrom();
            if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender)
                    || sender.getAddress() == null || !sender.getAddress().contains("@")) {
                throw new Unreadable("No sender address", null);
            }
            String id = m.getMessageID();
            String messageId = id != null && ID.matcher(id.strip()).matches() ? id.strip()
                    : "sha256:" + sha256(raw);
            Set<String> answers = new LinkedHashSet<>();
            for (String header : new String[] {"In-Reply-To", "References"}) {
                String[] values = m.getHeader(header);
                if (values != null) {
                    for (String v : values) {
                        Matcher ids = ID.matcher(v);
                        while (ids.find()) {
                            answers.add(ids.group());
                        }
                    }
                }
            }
            StringBuilder plain = new StringBuilder();
            StringBuilder html = new StringBuilder();
            List<File> files = new ArrayList<>();
            walk(m, plain, html, files);
            String text = !plain.isEmpty() ? plain.toString() : MailText.fromHtml(html.toString());
            String subject = m.getSubject();
            Headers headers = new Headers(m.getHeader("Auto-Submitted", ","), m.getHeader("Precedence", ","),
                    m.getHeader("Return-Path", ","), m.getContentType(),
                    m.getHeader("List-Id") != null || m.getHeader("List-Unsubscribe") != null,
                    m.getHeader("X-Autoreply") != null || m.getHeader("X-Autorespond") != null
                            || m.getHeader("X-Auto-Reply") != null);
            return new IncomingMail(messageId, sender.getAddress().strip().toLowerCase(Locale.ROOT),
                    sender.getPersonal(), subject == null ? "" : subject.strip(),
                    text.replace("\r\n", "\n").strip(), List.copyOf(files), answers, raw, headers);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new Unreadable(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static void walk(Part part, StringBuilder plain, StringBuilder html, List<File> files)
            throws MessagingException, IOException {
        String fileName = part.getFileName();
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart body = parts.getBodyPart(i);
                walk(body, plain, html, files);
            }
        } else if (fileName != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (var in = part.getInputStream()) {
                files.add(new File(fileName == null ? "attachment" : MimeUtility.decodeText(fileName),
                        in.readAllBytes()));
            }
        } else if (part.isMimeType("text/plain")) {
            if (!plain.isEmpty()) {
                plain.append("\n\n");
            }
            plain.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("message/rfc822") || part.isMimeType("message/delivery-status")) {
            // a forwarded or reported message: kept in the original, not taken apart
        }
    }

    /**
     * Why this mail must not become a request or get an answer: an automatic reply or bulk mail, a bounce, or the
     * institution's own mail coming round again. Empty: a person wrote it.
     */
    public Optional<String> noise(String ownAddress, String username) {
        String auto = headers.autoSubmitted();
        if (auto != null && !auto.strip().equalsIgnoreCase("no")) {
            return Optional.of("AUTO_SUBMITTED");
        }
        String precedence = headers.precedence() == null ? "" : headers.precedence().strip().toLowerCase(Locale.ROOT);
        if (precedence.equals("bulk") || precedence.equals("junk") || precedence.equals("list")
                || headers.listMail()) {
            return Optional.of("BULK");
        }
        if (headers.autoReplyMark() || OUT_OF_OFFICE.matcher(subject).find()) {
            return Optional.of("OUT_OF_OFFICE");
        }
        String local = sender.substring(0, sender.indexOf('@'));
        String contentType = headers.contentType() == null ? "" : headers.contentType().toLowerCase(Locale.ROOT);
        if (BOUNCERS.contains(local) || contentType.startsWith("multipart/report")
                || (headers.returnPath() != null && headers.returnPath().replaceAll("\\s", "").equals("<>"))) {
            return Optional.of("BOUNCE");
        }
        if (sender.equalsIgnoreCase(ownAddress) || sender.equalsIgnoreCase(username)) {
            return Optional.of("OWN_ADDRESS");
        }
        return Optional.empty();
    }

    /** The customer's language, guessed from their writing: Chinese script → zh-CN, else English. */
    public String language() {
        return (subject + text).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN) ? "zh-CN" : "en";
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "IncomingMail[" + messageId + " from " + sender + ": " + subject + "]";
    }
}
