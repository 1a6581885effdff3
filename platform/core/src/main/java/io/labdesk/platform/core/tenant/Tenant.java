package io.labdesk.platform.core.tenant;

import io.labdesk.platform.api.tenant.LocalTimes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/** One institution sharing this LabDesk instance. A platform row: it has no tenant_id of its own. */
@Entity
@Table(name = "tenant")
public class Tenant implements Serializable {

    public enum Status { ACTIVE, SUSPENDED }


    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 63)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.ACTIVE;

    @Column(name = "default_locale", nullable = false, length = 16)
    private String defaultLocale = "zh-CN";

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "Asia/Shanghai";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The modules the platform lets this tenant use (its plan), comma-separated; null: every installed one. */
    @Column(name = "allowed_modules", length = 1000)
    private String allowedModules;

    /** Written by the export itself, outside this entity. */
    @Column(name = "exported_at", insertable = false, updatable = false)
    private Instant exportedAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(UUID id, String slug, String name, String nameEn, String defaultLocale, String timeZone) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.nameEn = nameEn;
        this.defaultLocale = defaultLocale;
        this.timeZone = timeZone;
        this.createdAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    /** The name in the reader's language where the tenant gave one, else its own name. */
    public String name(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank()) {
            return nameEn;
        }
        return name;
    }

    /** When all of its data was last exported; null if never. */
    public Instant exportedAt() {
        return exportedAt;
    }

    public Status status() {
        return status;
    }

    public boolean suspended() {
        return status == Status.SUSPENDED;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public void rename(String name, String nameEn) {
        this.name = name;
        this.nameEn = nameEn;
    }

    public void localise(String locale, String timeZone) {
        this.defaultLocale = locale;
        this.timeZone = timeZone;
    }

    public String nameZh() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public long version() {
        return version;
    }

    /** An instant as the institution's people read it: "2026-03-17 09:30" in its time zone. */
    public String localTime(Instant at) {
        return LocalTimes.format(at, ZoneId.of(timeZone));
    }

    public Locale defaultLocale() {
        return Locale.forLanguageTag(defaultLocale);
    }

    public String timeZone() {
        return timeZone;
    }

    /** The plan's modules, or empty when the plan allows every installed module. */
    public java.util.Optional<java.util.Set<String>> allowedModules() {
        return allowedModules == null ? java.util.Optional.empty()
                : java.util.Optional.of(java.util.Set.of(allowedModules.isEmpty() ? new String[0] : allowedModules.split(",")));
    }

    public boolean allows(String moduleId) {
        return allowedModules().map(set -> set.contains(moduleId)).orElse(true);
    }

    /** {@code moduleIds} null: every installed module. */
    public void allowModules(java.util.Collection<String> moduleIds) {
        this.allowedModules = moduleIds == null ? null : String.join(",", new java.util.TreeSet<>(moduleIds));
    }
}
