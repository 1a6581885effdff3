package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.module.Text;

/** Where the follow-up of an unhappy answer stands: open, done (called, outcome recorded), or passed on. */
public enum FollowUpStatus {
    OPEN(Text.of("待回访", "Open")),
    DONE(Text.of("已回访", "Followed up")),
    COMPLAINT(Text.of("已转为投诉", "Became a complaint")),
    ACTION(Text.of("已转为纠正措施", "Became a corrective action"));

    private final Text text;

    FollowUpStatus(Text text) {
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
