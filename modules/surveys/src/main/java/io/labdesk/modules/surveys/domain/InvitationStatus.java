package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.module.Text;

/** Where an invitation stands: waiting for its delay, sent, answered, or ended without an answer. */
public enum InvitationStatus {
    SCHEDULED(Text.of("待发送", "Scheduled")),
    SENT(Text.of("已发送，待答复", "Sent")),
    ANSWERED(Text.of("已答复", "Answered")),
    EXPIRED(Text.of("已过期", "Expired")),
    WITHDRAWN(Text.of("已撤回", "Withdrawn")),
    SKIPPED(Text.of("未发送", "Not sent"));

    private final Text text;

    InvitationStatus(Text text) {
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
