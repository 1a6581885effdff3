package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.module.Text;

/** How a periodic campaign reaches its customers: a link by e-mail or text message, or a call by follow-up staff. */
public enum CampaignChannel {
    EMAIL(Text.of("电子邮件", "E-mail")),
    SMS(Text.of("短信", "Text message")),
    PHONE(Text.of("电话访谈", "Phone interview"));

    private final Text text;

    CampaignChannel(Text text) {
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
