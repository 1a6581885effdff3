package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.Text;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An institution's causes of a questioned result, each in one class. It starts from source 000's three lists and
 * the institution edits it in the module's settings; codes stay once cases cite them.
 */
public record CauseCatalogue(List<Cause> causes) {

    public CauseCatalogue {
        causes = List.copyOf(causes);
    }

    /** Source 000's lists (售后情况与方式): the institution's faults, the customer's side, the negotiated cases. */
    public static CauseCatalogue defaults() {
        return new CauseCatalogue(List.of(
                new Cause("OPERATOR_ERROR", Text.of("仪器设备性能满足要求，但测试人员操作原因导致结果不准确",
                        "Operator error, the equipment being capable"), CauseClass.INSTITUTION_AT_FAULT, null),
                new Cause("CONDITIONS_NOT_FOLLOWED", Text.of("未按客户送样单指定的实验条件进行测试",
                        "Not tested under the conditions on the customer's submission form"),
                        CauseClass.INSTITUTION_AT_FAULT, null),
                new Cause("OTHER_INSTITUTION_FAULT", Text.of("其他测试人员操作失误或测试仪器设备异常",
                        "Another operator mistake or equipment fault"), CauseClass.INSTITUTION_AT_FAULT, null),
                new Cause("SAMPLE_PREPARATION", Text.of("客户提供的样品本身制样存在问题",
                        "The customer's sample was not prepared properly"), CauseClass.CUSTOMER_SIDE, null),
                new Cause("UNDISCLOSED_PROPERTIES", Text.of("样品存在特殊属性，测试前客户未告知注意事项",
                        "Special properties of the sample not disclosed before testing"),
                        CauseClass.CUSTOMER_SIDE, null),
                new Cause(WITHIN_ERROR, Text.of("复测结果与原测试结果一致，在测试误差范围内",
                        "The retest agrees with the original within the measurement error"),
                        CauseClass.CUSTOMER_SIDE, null),
                new Cause("WRONG_METHOD_REQUESTED", Text.of("送样单中的测试方法或测试条件有误",
                        "Wrong test method or conditions on the submission form"), CauseClass.CUSTOMER_SIDE, null),
                new Cause("OTHER_CUSTOMER_SIDE", Text.of("其他样品自身原因或测试方法、条件不明确",
                        "Another cause in the sample, or the method or conditions were unclear"),
                        CauseClass.CUSTOMER_SIDE, null),
                new Cause("DISCLOSED_HIGH_UNCERTAINTY", Text.of("测试不确定性高或需主观分析，已提前告知客户",
                        "A high-uncertainty or subjective test whose risk was disclosed beforehand"),
                        CauseClass.CUSTOMER_SIDE, null),
                new Cause("SPECIAL_SAMPLE", Text.of("样品特殊，经认真研究仍无法充分掌握，已提前告知风险",
                        "A special sample beyond what could be mastered, the risk told beforehand"),
                        CauseClass.NEGOTIATED, null),
                new Cause("FOUND_DURING_TESTING", Text.of("测试过程中才发现且无法妥善解决的问题",
                        "A problem found only during testing that could not be solved"),
                        CauseClass.NEGOTIATED, null),
                new Cause("CAUSE_UNKNOWN", Text.of("无法确认测试结果不准确的原因",
                        "The cause of the inaccurate result cannot be established"), CauseClass.NEGOTIATED, null)));
    }

    /** The code of the customer-side cause "agrees within the measurement error" in the defaults. */
    public static final String WITHIN_ERROR = "AGREES_WITHIN_ERROR";

    public Optional<Cause> find(String code) {
        return causes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Refuses a catalogue an institution may not keep: empty, duplicate or blank codes and names, shares outside 0–100 %. */
    public CauseCatalogue checked() {
        if (causes.isEmpty()) {
            throw InvalidModuleInput.of("causes", Text.of("原因目录至少需要一项。", "The cause catalogue needs at least one cause."));
        }
        Set<String> codes = new HashSet<>();
        for (Cause c : causes) {
            if (c.code().isBlank() || !c.code().matches("[A-Z0-9_]{1,40}")) {
                throw InvalidModuleInput.of("causes", Text.of("原因代码“" + c.code() + "”只能由大写字母、数字和下划线组成（最多 40 个）。",
                        "The cause code \"" + c.code() + "\" may hold only capital letters, digits and underscores (40 at most)."));
            }
            if (!codes.add(c.code())) {
                throw InvalidModuleInput.of("causes", Text.of("原因代码“" + c.code() + "”重复。",
                        "The cause code \"" + c.code() + "\" appears twice."));
            }
            if (c.name().zh().isBlank() || c.name().en().isBlank()) {
                throw InvalidModuleInput.of("causes", Text.of("原因“" + c.code() + "”需要中英文名称。",
                        "The cause \"" + c.code() + "\" needs a name in Chinese and in English."));
            }
            BigDecimal share = c.chargedPercent();
            if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw InvalidModuleInput.of("causes", Text.of("原因“" + c.code() + "”的收费比例须在 0% 到 100% 之间。",
                        "The charged share of \"" + c.code() + "\" must lie between 0 % and 100 %."));
            }
        }
        return this;
    }
}
