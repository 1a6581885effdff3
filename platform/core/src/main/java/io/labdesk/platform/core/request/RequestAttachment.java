package io.labdesk.platform.core.request;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file that came with a request, kept unchanged; its SHA-256 was taken on receipt. */
@Entity
@Table(name = "request_attachment")
public class RequestAttachment extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    protected RequestAttachment() {
    }

    RequestAttachment(UUID requestId, Attachments.Upload upload, String sha256, String uploadedBy) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.fileName = upload.fileName();
        this.contentType = upload.contentType();
        this.sizeBytes = upload.content().length;
        this.sha256 = sha256;
        this.content = upload.content();
        this.uploadedAt = Instant.now();
        this.uploadedBy = uploadedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID requestId() {
        return requestId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content;
    }
}
