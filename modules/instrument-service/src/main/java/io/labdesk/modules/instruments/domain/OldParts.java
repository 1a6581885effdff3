package io.labdesk.modules.instruments.domain;

import io.labdesk.platform.api.module.Text;

/** What became of the parts taken out, as the customer wished (W5). */
public enum OldParts {
    HANDED_OVER(Text.of("已交还客户", "Handed to the customer")),
    DISPOSED(Text.of("按客户意愿处置", "Disposed of at the customer's wish"));

    private final Text label;

    OldParts(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
