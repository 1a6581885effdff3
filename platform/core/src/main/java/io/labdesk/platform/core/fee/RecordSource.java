package io.labdesk.platform.core.fee;

import io.labdesk.platform.api.fee.Quotes;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** The module record a quote or refund is for, as both tables keep it. */
@Embeddable
public class RecordSource {

    @Column(name = "source_module", nullable = false, length = 63, updatable = false)
    private String module;

    @Column(name = "source_id", nullable = false, updatable = false)
    private UUID subject;

    @Column(name = "source_reference", nullable = false, length = 100, updatable = false)
    private String reference;

    protected RecordSource() {
    }

    RecordSource(Quotes.Source source) {
        this.module = source.module();
        this.subject = source.subject();
        this.reference = source.reference();
    }

    public Quotes.Source view() {
        return new Quotes.Source(module, subject, reference);
    }
}
