package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.module.Text;

/** How a retest case came: the customer asked, staff opened it on a request, or a complaint's investigator ordered it. */
public enum Origin {
    CUSTOMER(Text.of("客户申请", "Asked for by the customer")),
    REQUEST(Text.of("由服务请求发起", "Opened on a service request")),
    COMPLAINT(Text.of("投诉调查要求", "Ordered by a complaint's investigation"));

    private final Text label;

    Origin(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
