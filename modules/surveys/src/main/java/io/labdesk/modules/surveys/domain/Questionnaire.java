package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A questionnaire of the institution (S3): its name, the request type that uses it (none: every type without one of
 * its own) and the number of its current version. Its items live in {@link QuestionnaireVersion}s: each change is a
 * new version, so an answer keeps the questions it answered.
 */
@Entity
@Table(name = "survey_questionnaire")
public class Questionnaire extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "request_type", length = 40)
    private String requestType;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Questionnaire() {
    }

    public Questionnaire(String code, Text name, String requestType, Instant at) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.nameZh = name.zh();
        this.nameEn = name.en();
        this.requestType = requestType;
        this.currentVersion = 0;
        this.updatedAt = at;
    }

    /** The next version's number; the caller stores that version with the items. */
    public int revise(Text name, String requestType, Instant at) {
        this.nameZh = name.zh();
        this.nameEn = name.en();
        this.requestType = requestType;
        this.updatedAt = at;
        return ++currentVersion;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Text name() {
        return Text.of(nameZh, nameEn);
    }

    public String requestType() {
        return requestType;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
