package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.module.Text;

/** The three classes of source 000's retest rules: who is at fault decides who pays. */
public enum CauseClass {
    /** R1: the institution's operator or equipment: corrected and retested free. */
    INSTITUTION_AT_FAULT(Text.of("本机构原因（免费复测）", "The institution's fault (free retest)")),
    /** R2: the customer's sample or instructions: a conditional retest, partly or fully charged. */
    CUSTOMER_SIDE(Text.of("客户原因（有条件复测，部分或全部收费）",
            "The customer's side (conditional retest, partly or fully charged)")),
    /** R3: cause unknown or in the nature of research testing: fee and retest by agreement. */
    NEGOTIATED(Text.of("无法确定或科研探索所致（协商）", "Unclear or exploratory (negotiated)"));

    private final Text name;

    CauseClass(Text name) {
        this.name = name;
    }

    public Text label() {
        return name;
    }
}
