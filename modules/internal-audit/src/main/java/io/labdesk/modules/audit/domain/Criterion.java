package io.labdesk.modules.audit.domain;

import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One of the institution's own procedures audits are judged against, beside the standard's clauses. */
@Entity
@Table(name = "audit_criterion")
public class Criterion extends TenantOwned {

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String question;

    protected Criterion() {
    }

    public Criterion(String number, String title, String question) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.title = title;
        this.question = question;
    }

    /** As a clause; the institution writes it in its own language, shown as written in both. */
    public Clause clause() {
        return new Clause(number, Text.of(title, title), Text.of(question, question), true);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }
}
