package io.labdesk.modules.audit.domain;

import io.labdesk.platform.api.module.Text;

/** What the auditor found for one checklist item. */
public enum ItemResult {
    CONFORMING(Text.of("符合", "Conforming")),
    NONCONFORMING(Text.of("不符合", "Nonconforming")),
    OBSERVATION(Text.of("观察项", "Observation")),
    NOT_APPLICABLE(Text.of("不适用", "Not applicable"));

    private final Text name;

    ItemResult(Text name) {
        this.name = name;
    }

    public Text text() {
        return name;
    }
}
