package io.labdesk.modules.audit.domain;

import io.labdesk.platform.api.module.Text;

/** How serious a finding is; a nonconformity (major or minor) needs a corrective action. */
public enum Grade {
    MAJOR(Text.of("严重不符合", "Major nonconformity")),
    MINOR(Text.of("一般不符合", "Minor nonconformity")),
    OBSERVATION(Text.of("观察项", "Observation")),
    IMPROVEMENT(Text.of("改进机会", "Opportunity for improvement"));

    private final Text name;

    Grade(Text name) {
        this.name = name;
    }

    public Text text() {
        return name;
    }

    public boolean nonconformity() {
        return this == MAJOR || this == MINOR;
    }
}
