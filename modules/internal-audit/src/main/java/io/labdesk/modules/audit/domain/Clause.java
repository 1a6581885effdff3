package io.labdesk.modules.audit.domain;

import io.labdesk.platform.api.module.Text;

/**
 * A requirement audits are planned and judged against: a clause of the standard (7.9 Complaints) or one of the
 * institution's own procedures; {@code question} is what the checklist asks of it.
 */
public record Clause(String number, Text title, Text question, boolean own) {

    public String label(java.util.Locale locale) {
        return number + " " + title.in(locale);
    }
}
