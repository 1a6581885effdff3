package io.labdesk.modules.instruments.domain;

import io.labdesk.platform.api.module.Text;

/** Damage the warranty does not cover (source 002 §一.4): an in-warranty repair becomes chargeable. */
public enum Exclusion {
    MISUSE(Text.of("使用不当或人为损坏", "misuse or damage by the user")),
    FORCE_MAJEURE(Text.of("不可抗力（火灾、水灾、雷击等）", "force majeure (fire, flood, lightning …)")),
    MODIFICATION(Text.of("擅自改装", "modification without the supplier's consent")),
    DISASSEMBLY(Text.of("擅自拆机", "disassembly without the supplier's consent"));

    private final Text label;

    Exclusion(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
