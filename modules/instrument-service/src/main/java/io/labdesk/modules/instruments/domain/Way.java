package io.labdesk.modules.instruments.domain;

import io.labdesk.platform.api.module.Text;

/** The way of service agreed with the customer (W4, source 004). */
public enum Way {
    PHONE_REMOTE(Text.of("电话/远程解决", "By phone or remotely")),
    ON_SITE(Text.of("上门服务", "On site")),
    PARTS_THEN_ON_SITE(Text.of("订购配件后上门", "Parts ordered, then on site")),
    FACTORY_RETURN(Text.of("返厂维修", "Returned to the factory")),
    FACTORY_REPLACEMENT(Text.of("经厂家更换", "Replaced through the factory"));

    private final Text label;

    Way(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** Whether an engineer goes to where the instrument stands. */
    public boolean onSite() {
        return this == ON_SITE || this == PARTS_THEN_ON_SITE;
    }
}
