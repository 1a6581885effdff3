package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.module.Text;

/** How an answer came in: by the customer through the link, or recorded by staff from a call (回访). */
public enum AnswerChannel {
    LINK(Text.of("链接", "Link")),
    PHONE(Text.of("电话回访", "Phone"));

    private final Text text;

    AnswerChannel(Text text) {
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
