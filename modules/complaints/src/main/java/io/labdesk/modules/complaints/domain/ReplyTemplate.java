package io.labdesk.modules.complaints.domain;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** An institution's own wording of the reply letter (复函) in one language. */
@Entity
@Table(name = "complaint_reply_template")
public class ReplyTemplate extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 10000)
    private String body;

    @Version
    private long version;

    protected ReplyTemplate() {
    }

    public ReplyTemplate(String language, String body) {
        this.id = UUID.randomUUID();
        this.language = language;
        this.body = body;
    }

    public String language() {
        return language;
    }

    public String body() {
        return body;
    }

    public void reword(String body) {
        this.body = body;
    }

    public long version() {
        return version;
    }
}
