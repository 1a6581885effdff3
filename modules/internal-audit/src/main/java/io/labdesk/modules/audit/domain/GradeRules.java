package io.labdesk.modules.audit.domain;

import io.labdesk.platform.api.module.Text;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a finding must say for its grade, and when it closes: every finding names its clause, a statement and its
 * evidence; a nonconformity names the owner of its corrective action and a due date, no later than the grade allows
 * (a major one sooner); a finding on a checklist item agrees with what the item says. A nonconformity closes only
 * when the auditor verified its action effective and the action is closed in the register.
 */
public final class GradeRules {

    /** The finding as entered. */
    public record Draft(Grade grade, String clause, String statement, String evidence, String owner,
                        LocalDate dueOn) {
    }

    private GradeRules() {
    }

    /**
     * Problems per field. {@code item} is the checklist item's result the finding is raised on (null for none);
     * {@code majorDays} / {@code minorDays} the longest time allowed from {@code today} for the action.
     */
    public static Map<String, Text> problems(Draft d, ItemResult item, LocalDate today, int majorDays, int minorDays) {
        Map<String, Text> problems = new LinkedHashMap<>();
        if (d.grade() == null) {
            problems.put("grade", Text.of("请选择分级。", "Choose the grade."));
            return problems;
        }
        if (d.clause() == null || d.clause().isBlank()) {
            problems.put("clause", Text.of("请选择所涉及的条款。", "Choose the clause it is about."));
        }
        if (blankOrLonger(d.statement(), 2000)) {
            problems.put("statement", Text.of("请写明发现（1–2000 字）。", "State the finding (1 to 2000 characters)."));
        }
        if (blankOrLonger(d.evidence(), 4000)) {
            problems.put("evidence", Text.of("请写明客观证据（1–4000 字）。",
                    "Give the objective evidence (1 to 4000 characters)."));
        }
        if (item == ItemResult.NONCONFORMING && !d.grade().nonconformity()) {
            problems.put("grade", Text.of("检查项判为不符合，发现应为严重或一般不符合。",
                    "The checklist item is nonconforming: the finding is a major or minor nonconformity."));
        } else if (item != null && item != ItemResult.NONCONFORMING && d.grade().nonconformity()) {
            problems.put("grade", Text.of("检查项未判为不符合，不能据此开具不符合项。",
                    "The checklist item is not nonconforming: no nonconformity can be raised on it."));
        }
        if (d.grade().nonconformity()) {
            if (d.owner() == null || d.owner().isBlank()) {
                problems.put("owner", Text.of("请指定纠正措施负责人。", "Name who owns the corrective action."));
            }
            int days = d.grade() == Grade.MAJOR ? majorDays : minorDays;
            if (d.dueOn() == null || d.dueOn().isBefore(today) || d.dueOn().isAfter(today.plusDays(days))) {
                problems.put("dueOn", Text.of((d.grade() == Grade.MAJOR ? "严重" : "一般") + "不符合的纠正措施须在 "
                                + days + " 天内完成，请选择今天至 " + today.plusDays(days) + " 之间的日期。",
                        "A " + (d.grade() == Grade.MAJOR ? "major" : "minor") + " nonconformity's action is due within "
                                + days + " days: choose a date from today to " + today.plusDays(days) + "."));
            }
        } else if (d.owner() != null && !d.owner().isBlank() || d.dueOn() != null) {
            problems.put("grade", Text.of("观察项和改进机会不开具纠正措施，不需要负责人和期限。",
                    "Observations and opportunities for improvement raise no corrective action: no owner or due date."));
        }
        return problems;
    }

    /** Why the finding cannot be closed on this verification, or null when it can. */
    public static Text barToClose(Grade grade, boolean effective, boolean actionClosed) {
        if (!grade.nonconformity()) {
            return null;
        }
        if (!effective) {
            return Text.of("措施无效时发现保持开启；请在登记册中补充措施。",
                    "An ineffective action leaves the finding open: add further steps in the register.");
        }
        if (!actionClosed) {
            return Text.of("纠正措施在登记册中关闭后，才能验证其有效性并关闭发现。",
                    "Verify effectiveness once the corrective action is closed in the register.");
        }
        return null;
    }

    private static boolean blankOrLonger(String s, int max) {
        return s == null || s.isBlank() || s.strip().length() > max;
    }
}
