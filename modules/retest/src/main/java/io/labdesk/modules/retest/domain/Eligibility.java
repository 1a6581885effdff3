package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.module.Text;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a retest may be asked for, checked the moment a case opens, with reasons the customer can read: within the
 * institution's window after the report date, at most so many retests of one report, and on the retained sample —
 * or else on a new sample, which the case then asks for.
 */
public final class Eligibility {

    /** The institution's rules (module settings). */
    public record Policy(int windowDays, int retentionDays, int retestsPerReport) {

        public static final Policy DEFAULT = new Policy(30, 90, 1);
    }

    public enum Outcome {
        ELIGIBLE(Text.of("可以复测", "A retest may go ahead")),
        NEW_SAMPLE_REQUIRED(Text.of("需提供新样品", "A new sample is required")),
        NOT_ELIGIBLE(Text.of("不符合复测条件", "Not eligible for a retest"));

        private final Text label;

        Outcome(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }
    }

    /** The outcome and every reason behind it (none when eligible as asked). */
    public record Verdict(Outcome outcome, List<Text> reasons) {

        public Verdict {
            reasons = List.copyOf(reasons);
        }

        public boolean mayGoAhead() {
            return outcome != Outcome.NOT_ELIGIBLE;
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private Eligibility() {
    }

    /**
     * @param earlierRetests retests of the same report already asked for (refused ones not counted)
     * @param sample         what staff recorded of the sample, or null for the retention period's answer
     */
    public static Verdict check(Policy policy, LocalDate reportDate, LocalDate askedOn, int earlierRetests,
                                SampleKeeping sample) {
        List<Text> refusals = new ArrayList<>();
        LocalDate lastDay = reportDate.plusDays(policy.windowDays());
        if (askedOn.isAfter(lastDay)) {
            refusals.add(Text.of(
                    "报告日期为 " + DAY.format(reportDate) + "，复测须在 " + policy.windowDays() + " 天内（至 "
                            + DAY.format(lastDay) + "）提出。",
                    "The report is dated " + DAY.format(reportDate) + "; a retest must be asked for within "
                            + policy.windowDays() + " days (by " + DAY.format(lastDay) + ")."));
        }
        if (askedOn.isBefore(reportDate)) {
            refusals.add(Text.of("报告日期 " + DAY.format(reportDate) + " 晚于申请日期，请核对报告日期。",
                    "The report date " + DAY.format(reportDate) + " lies after the request: check the report date."));
        }
        if (earlierRetests >= policy.retestsPerReport()) {
            refusals.add(Text.of("该报告已复测 " + earlierRetests + " 次，每份报告最多复测 " + policy.retestsPerReport() + " 次。",
                    "This report has been retested " + earlierRetests + " time(s); each report may be retested at most "
                            + policy.retestsPerReport() + " time(s)."));
        }
        if (!refusals.isEmpty()) {
            return new Verdict(Outcome.NOT_ELIGIBLE, refusals);
        }
        SampleKeeping kept = sample != null ? sample : SampleKeeping.byRetentionPeriod(reportDate, policy.retentionDays());
        if (!kept.availableOn(askedOn)) {
            Text why = switch (kept.state()) {
                case RETURNED -> Text.of("原样品已退还客户。", "The original sample was returned to the customer.");
                case DISPOSED -> Text.of("原样品已处置。", "The original sample has been disposed of.");
                case RETAINED -> Text.of("原样品留样期已于 " + DAY.format(kept.keptUntil()) + " 届满。",
                        "The original sample was kept only until " + DAY.format(kept.keptUntil()) + ".");
            };
            return new Verdict(Outcome.NEW_SAMPLE_REQUIRED, List.of(why, Text.of(
                    "复测需客户提供新样品。", "The retest needs a new sample from the customer.")));
        }
        return new Verdict(Outcome.ELIGIBLE, List.of());
    }
}
