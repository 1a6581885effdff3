package io.labdesk.modules.audit.domain;

import io.labdesk.platform.api.module.Text;

/** Where an audit stands. */
public enum AuditStatus {
    /** Asked for outside the plan (a complaint questioning the quality system): to be planned or dropped. */
    PROPOSED(Text.of("已提议", "Proposed")),
    PLANNED(Text.of("已计划", "Planned")),
    /** Opening meeting held: the checklist is being worked through. */
    IN_PROGRESS(Text.of("审核中", "In progress")),
    /** Closing meeting held: findings stated, their actions under way. */
    REPORTED(Text.of("已报告", "Reported")),
    /** Every finding closed. */
    CLOSED(Text.of("已关闭", "Closed")),
    CANCELLED(Text.of("已取消", "Cancelled"));

    private final Text name;

    AuditStatus(Text name) {
        this.name = name;
    }

    public Text text() {
        return name;
    }
}
