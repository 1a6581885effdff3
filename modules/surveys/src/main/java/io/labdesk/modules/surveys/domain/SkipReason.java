package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.module.Text;

/** Why an invitation was not sent when its delay was over. */
public enum SkipReason {
    RECENTLY_SURVEYED(Text.of("该客户近期已接受过调查", "The customer was surveyed recently")),
    COMPLAINT_OPEN(Text.of("该客户有未结束的投诉", "The customer has a complaint open")),
    NO_CONTACT(Text.of("客户未留电子邮件或手机号码", "The customer left neither e-mail nor phone"));

    private final Text text;

    SkipReason(Text text) {
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
