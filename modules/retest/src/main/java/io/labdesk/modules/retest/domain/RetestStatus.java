package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.module.Text;

/** Where a retest case stands, from the request to its conclusion. */
public enum RetestStatus {
    RECEIVED(Text.of("已受理，待决定", "Received, to be decided")),
    NOT_ELIGIBLE(Text.of("不符合复测条件", "Not eligible")),
    DECIDED(Text.of("已决定，待技术负责人批准", "Decided, awaiting the technical manager's approval")),
    AWAITING_ACCEPTANCE(Text.of("待客户确认报价", "Awaiting the customer's acceptance of the quote")),
    RETESTING(Text.of("复测中", "Being retested")),
    RESULT_RECORDED(Text.of("已出复测结果，待结案", "Result recorded, to be concluded")),
    CLOSED(Text.of("已结案", "Closed")),
    DECLINED(Text.of("客户未接受报价", "Quote declined by the customer")),
    REFUSED(Text.of("不予复测", "Refused"));

    private final Text label;

    RetestStatus(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** Whether nothing more happens to the case. */
    public boolean finished() {
        return this == NOT_ELIGIBLE || this == CLOSED || this == DECLINED || this == REFUSED;
    }
}
