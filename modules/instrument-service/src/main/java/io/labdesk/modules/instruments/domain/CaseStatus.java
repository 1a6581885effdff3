package io.labdesk.modules.instruments.domain;

import io.labdesk.platform.api.module.Text;

/** Where a service case stands, from the request to its close. */
public enum CaseStatus {
    OPEN(Text.of("已受理，待诊断", "Received, to be diagnosed")),
    AWAITING_ACCEPTANCE(Text.of("待客户确认报价", "Awaiting the customer's acceptance of the quote")),
    READY(Text.of("方案已确定，待实施", "Way agreed, work to do")),
    PARTS_ORDERED(Text.of("配件已订购", "Parts ordered")),
    AT_FACTORY(Text.of("返厂中", "At the factory")),
    WORK_DONE(Text.of("服务完成，待结案", "Work done, to be closed")),
    CLOSED(Text.of("已结案", "Closed")),
    DECLINED(Text.of("客户未接受报价", "Quote declined by the customer"));

    private final Text label;

    CaseStatus(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    public boolean finished() {
        return this == CLOSED || this == DECLINED;
    }
}
