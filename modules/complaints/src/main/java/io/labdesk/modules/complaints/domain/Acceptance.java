package io.labdesk.modules.complaints.domain;

import io.labdesk.platform.api.module.Text;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Whether a complaint is accepted (C3): an objection to a report within the window after the report's issue date
 * (15 days by default), anything else within a month of what it is about; not accepted when past the window or when
 * the test cannot be repeated. Windows count calendar days and months in the institution's time zone, the last day
 * included (a month after 31 January is the last day of February).
 */
public final class Acceptance {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private Acceptance() {
    }

    /** The windows an institution sets. */
    public record Windows(int reportDays, int otherMonths) {
    }

    /**
     * Why a complaint is not accepted; the explanation is what the customer is told. OTHER_RULE: another case the
     * institution's rules list (其他有规定不予受理的), decided by a manager with their own explanation.
     */
    public enum Refusal {
        PAST_WINDOW, NOT_REPEATABLE, OTHER_RULE;

        /** The customer's explanation of an OTHER_RULE refusal, around the manager's own words. */
        public static Text underRule(String reason) {
            return Text.of("根据我单位投诉处理规定，您的投诉不予受理：" + reason,
                    "Under our complaint rules your complaint cannot be accepted: " + reason);
        }

        public Text explanation(LocalDate lastDay, Windows windows, ComplaintKinds.Subject subject) {
            return switch (this) {
                case PAST_WINDOW -> subject == ComplaintKinds.Subject.REPORT_OBJECTION
                        ? Text.of("对检测报告的异议须在报告签发后 " + windows.reportDays() + " 日内提出（截至 "
                                + DAY.format(lastDay) + "）。您的投诉在此之后收到，因此不予受理。",
                        "Objections to a report are accepted within " + windows.reportDays() + " days of its issue (until "
                                + DAY.format(lastDay) + "). Yours reached us after that, so it cannot be accepted.")
                        : Text.of("投诉须在相关事项发生后 " + windows.otherMonths() + " 个月内提出（截至 "
                                + DAY.format(lastDay) + "）。您的投诉在此之后收到，因此不予受理。",
                        "Complaints are accepted within " + windows.otherMonths() + " month(s) of what they concern (until "
                                + DAY.format(lastDay) + "). Yours reached us after that, so it cannot be accepted.");
                case NOT_REPEATABLE -> Text.of("该试验不可重复，无法通过复测核实结果，因此对结果的异议不予受理。",
                        "The test cannot be repeated, so its result cannot be checked again; the objection cannot be "
                                + "accepted.");
                case OTHER_RULE -> throw new IllegalStateException("An OTHER_RULE refusal carries its own reason");
            };
        }
    }

    /** The outcome: accepted, or refused with the reason; {@code lastDay} is the window's last day. */
    public record Decision(boolean accepted, Refusal refusal, LocalDate lastDay) {
    }

    /**
     * @param about the report's issue date for an objection to a report, else the date of what the complaint concerns
     *              (null: it concerns the present, always in time)
     */
    public static Decision decide(ComplaintKinds.Subject subject, LocalDate receivedOn, LocalDate about,
                                  boolean repeatable, Windows windows) {
        LocalDate lastDay = about == null ? null : subject == ComplaintKinds.Subject.REPORT_OBJECTION
                ? about.plusDays(windows.reportDays()) : about.plusMonths(windows.otherMonths());
        if (lastDay != null && receivedOn.isAfter(lastDay)) {
            return new Decision(false, Refusal.PAST_WINDOW, lastDay);
        }
        if (subject == ComplaintKinds.Subject.REPORT_OBJECTION && !repeatable) {
            return new Decision(false, Refusal.NOT_REPEATABLE, lastDay);
        }
        return new Decision(true, null, lastDay);
    }

    /** What is wrong with the dates themselves, before any decision. */
    public static Optional<Text> datesProblem(ComplaintKinds.Subject subject, LocalDate receivedOn, LocalDate about) {
        if (subject == ComplaintKinds.Subject.REPORT_OBJECTION && about == null) {
            return Optional.of(Text.of("请填写报告签发日期。", "Give the report's issue date."));
        }
        if (about != null && about.isAfter(receivedOn)) {
            return Optional.of(Text.of("该日期不能晚于收到投诉的日期。",
                    "This date cannot be after the complaint was received."));
        }
        return Optional.empty();
    }
}
