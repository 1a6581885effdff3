package io.labdesk.platform.core.sla;

import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A business calendar as a tenant keeps it: its definition text (tenants/calendars format). */
@Entity
@Table(name = "business_calendar")
public class StoredCalendar extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private String definition;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    /** The id of the shipped calendar (tenants/calendars/) whose new years this one takes; null: none. */
    @Column(name = "follows_template", length = 100)
    private String followsTemplate;

    /** The shipped calendar's years already taken, comma-separated; null: never compared yet. */
    @Column(name = "template_years", length = 400)
    private String templateYears;

    /** The shipped calendar's holidays and make-up working days as taken (tenants/calendars format); null: unknown. */
    @Column(name = "template_days")
    private String templateDays;

    @Version
    private long version;

    protected StoredCalendar() {
    }

    StoredCalendar(String name, String definition, boolean isDefault) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.definition = definition;
        this.isDefault = isDefault;
    }

    void redefine(String definition) {
        this.definition = definition;
    }

    void follow(String template, java.util.Set<Integer> years) {
        this.followsTemplate = template;
        this.templateYears = years.stream().sorted().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** Follows no shipped calendar any more; an empty list of taken years keeps it from being adopted again. */
    void unfollow() {
        this.followsTemplate = null;
        this.templateYears = "";
        this.templateDays = null;
    }

    /** What the shipped calendar said when its years were last taken; null when not known. */
    String templateDays() {
        return templateDays;
    }

    void tookDays(String days) {
        this.templateDays = days;
    }

    public java.util.Optional<String> followsTemplate() {
        return java.util.Optional.ofNullable(followsTemplate);
    }

    /** Null when this calendar was never compared with a shipped one. */
    java.util.Set<Integer> templateYears() {
        if (templateYears == null) {
            return null;
        }
        return java.util.Arrays.stream(templateYears.split(",")).filter(y -> !y.isBlank())
                .map(y -> Integer.valueOf(y.strip())).collect(java.util.stream.Collectors.toSet());
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String definition() {
        return definition;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public long version() {
        return version;
    }
}
