package io.labdesk.platform.core.request;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Files that come with requests: at most {@link #MAX_FILES} of {@link #MAX_BYTES} each, of the kinds labs exchange
 * (PDF, images, office documents, text), checked by their first bytes as well as their name, stored with SHA-256.
 */
@ApplicationScoped
public class Attachments {

    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A file as received. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    /** Extension → content type, and the bytes such a file starts with (empty: any). */
    private static final Map<String, Map.Entry<String, byte[]>> KINDS = Map.of(
            "pdf", Map.entry("application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII)),
            "png", Map.entry("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            "jpg", Map.entry("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", Map.entry("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "docx", Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    new byte[] {'P', 'K', 3, 4}),
            "xlsx", Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    new byte[] {'P', 'K', 3, 4}),
            "txt", Map.entry("text/plain", new byte[0]),
            "csv", Map.entry("text/csv", new byte[0]));

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    /** One file refused (kind or size): the field's message, and which file, so that the page can name it. */
    public static class RefusedFile extends InvalidInput {

        private final String fileName;

        RefusedFile(String fileName, String messageKey) {
            super(Map.of("attachments", messageKey));
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    /** Refuses the whole set, naming the field, unless every file is allowed; returns them with checked types. */
    public static List<Upload> check(List<Upload> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw new InvalidInput(Map.of("attachments", "validation.attachments.count"));
        }
        return uploads.stream().map(u -> {
            String name = lastSegment(u.fileName());
            if (u.content().length == 0 || u.content().length > MAX_BYTES) {
                throw new RefusedFile(name, "validation.attachments.size");
            }
            int dot = name.lastIndexOf('.');
            var kind = dot < 0 ? null : KINDS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (kind == null || name.length() > 200 || !startsWith(u.content(), kind.getValue())) {
                throw new RefusedFile(name, "validation.attachments.type");
            }
            return new Upload(name, kind.getKey(), u.content());
        }).toList();
    }

    /**
     * A file's name as stored: what follows the last / or \\ (browsers and mail programs may send a whole path),
     * without control characters.
     */
    static String lastSegment(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.replaceAll("\\p{Cntrl}", "_").strip();
    }

    /** Files checked one by one: what may be kept, and what was refused with the message key saying why. */
    public record Sorted(List<Upload> accepted, List<Map.Entry<String, String>> refused) {
    }

    /**
     * Checks each file on its own (a mail's files: one bad file must not cost the others); past {@link #MAX_FILES}
     * the rest are refused as too many.
     */
    public static Sorted sort(List<Upload> uploads) {
        List<Upload> accepted = new java.util.ArrayList<>();
        List<Map.Entry<String, String>> refused = new java.util.ArrayList<>();
        for (Upload u : uploads) {
            if (accepted.size() == MAX_FILES) {
                refused.add(Map.entry(u.fileName() == null ? "" : u.fileName(), "validation.attachments.count"));
                continue;
            }
            try {
                accepted.addAll(check(List.of(u)));
            } catch (RefusedFile e) {
                refused.add(Map.entry(e.fileName(), e.fieldMessageKeys().get("attachments")));
            }
        }
        return new Sorted(List.copyOf(accepted), List.copyOf(refused));
    }

    /** Keeps a mail as it came (message/rfc822), unchecked: LabDesk's own record of what arrived, never shown inline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepOriginal(UUID requestId, String fileName, byte[] raw, String uploadedBy) {
        tenantData.em().persist(new RequestAttachment(requestId, new Upload(fileName, "message/rfc822", raw),
                sha256(raw), uploadedBy));
    }

    /** Stores checked files with a request, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attach(UUID requestId, List<Upload> checked, String uploadedBy) {
        for (Upload upload : checked) {
            tenantData.em().persist(new RequestAttachment(requestId, upload, sha256(upload.content()), uploadedBy));
        }
    }

    @Transactional
    public List<RequestAttachment> of(UUID requestId) {
        return tenantData.em().createQuery("SELECT a FROM RequestAttachment a WHERE a.requestId = :r "
                + "ORDER BY a.uploadedAt, a.fileName", RequestAttachment.class).setParameter("r", requestId)
                .getResultList();
    }

    /** A file's bytes, for a member of staff. */
    @Transactional
    public byte[] content(UUID attachmentId) {
        currentTenant.requireAny(TenantRole.values());
        RequestAttachment attachment = tenantData.em().find(RequestAttachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFound("attachment", attachmentId);
        }
        return attachment.content();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
