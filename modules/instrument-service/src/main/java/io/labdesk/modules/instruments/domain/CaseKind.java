package io.labdesk.modules.instruments.domain;

import io.labdesk.platform.api.module.Text;
import java.util.Arrays;
import java.util.Optional;

/** What a service case is for, one per request of the matching type. */
public enum CaseKind {
    REPAIR("REPAIR", Text.of("维修", "Repair")),
    REPLACEMENT("REPLACEMENT", Text.of("更换", "Replacement")),
    INSTALLATION("INSTALLATION", Text.of("安装调试", "Installation and commissioning")),
    MAINTENANCE("MAINTENANCE", Text.of("维护保养", "Maintenance"));

    private final String requestType;
    private final Text label;

    CaseKind(String requestType, Text label) {
        this.requestType = requestType;
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** The kind a request of type {@code code} opens, if any. */
    public static Optional<CaseKind> ofRequestType(String code) {
        return Arrays.stream(values()).filter(k -> k.requestType.equals(code)).findFirst();
    }
}
