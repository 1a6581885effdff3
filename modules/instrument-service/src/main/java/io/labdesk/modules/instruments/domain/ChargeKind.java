package io.labdesk.modules.instruments.domain;

import io.labdesk.platform.api.module.Text;

/** What a quote's line charges for (the parts / labour / travel). */
public enum ChargeKind {
    PARTS(Text.of("材料/配件", "Parts")),
    LABOUR(Text.of("人工", "Labour")),
    TRAVEL(Text.of("差旅", "Travel"));

    private final Text label;

    ChargeKind(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /**
     * Whether a quote for a case so decided may charge this kind: nothing when covered; after the warranty (or when it
     * cannot be proved) materials only where the institution follows source 002 ({@code materialsOnly}); everything
     * when an excluded cause voided the warranty.
     */
    public boolean chargeable(Warranty.Decision decision, boolean materialsOnly) {
        if (!decision.chargeable()) {
            return false;
        }
        if (decision.standing() == Warranty.Standing.IN_WARRANTY) {
            return true;
        }
        return this == PARTS || !materialsOnly;
    }
}
