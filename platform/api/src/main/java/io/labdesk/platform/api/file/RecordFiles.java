package io.labdesk.platform.api.file;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Files a module keeps with one of its records (evidence of an investigation, a signed form), stored by the
 * platform for the current tenant: of the kinds labs exchange (PDF, images, office documents, text), at most 10 MB,
 * checked by their first bytes as well as their name, with their SHA-256. A file that is not accepted is refused
 * with an {@link io.labdesk.platform.api.data.InvalidInput} on the field {@code attachments}; nothing is stored.
 */
public interface RecordFiles {

    /** A stored file, without its bytes. */
    record StoredFile(UUID id, String fileName, String contentType, long sizeBytes, String sha256, String uploadedBy,
                      Instant uploadedAt) {
    }

    /** The bytes of a file and how to serve them. */
    record Content(String fileName, String contentType, byte[] bytes) {
    }

    /** Stores a file with the module's record, in the caller's transaction. */
    StoredFile attach(String module, UUID subjectId, String fileName, byte[] content);

    /** The record's files, oldest first. */
    List<StoredFile> of(String module, UUID subjectId);

    /** One of the record's files. */
    Optional<Content> content(String module, UUID subjectId, UUID fileId);
}
