package io.labdesk.platform.api.deadline;

import io.labdesk.platform.api.module.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A deadline a module starts on one of its records: whose it is ({@code module}, {@code subject}, a {@code name}
 * unique per record), how people recognise it in warnings ({@code reference} such as the record's number, the
 * {@code label} of the step, {@code about} the record, a {@code link} into the module's view relative to LabDesk's
 * address), when it runs from and for how long (business or clock time on the institution's calendar, or a number
 * of {@code workingDays} ending with the last of them) or until an absolute {@code due} time, from which share of
 * its time it is at risk, and who is warned at risk and, in addition,
 * on breach. Built with {@link #of}.
 */
public record DeadlinePlan(String module, UUID subject, String name, String reference, Text label, Text about,
                           String link, Instant start, Duration length, boolean business, Instant due,
                           int workingDays, int warningPercent, Recipients atRisk, Recipients onBreach) {

    public DeadlinePlan {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(atRisk, "atRisk");
        Objects.requireNonNull(onBreach, "onBreach");
        if ((length != null ? 1 : 0) + (due != null ? 1 : 0) + (workingDays != 0 ? 1 : 0) != 1) {
            throw new IllegalArgumentException("A deadline needs one of a length, a number of working days or a due time");
        }
        if (workingDays < 0 || workingDays != 0 && !business) {
            throw new IllegalArgumentException("Working days are a positive number of days on the calendar");
        }
        if (length != null && (length.isNegative() || length.isZero())) {
            throw new IllegalArgumentException("A deadline's length must be positive");
        }
        if (warningPercent < 1 || warningPercent > 100) {
            throw new IllegalArgumentException("The warning share is a percentage from 1 to 100");
        }
    }

    /** Starts a plan for the deadline {@code name} of the module's record {@code subject}. */
    public static Builder of(String module, UUID subject, String name) {
        return new Builder(module, subject, name);
    }

    /** A plan being written; {@link #build()} checks it whole. */
    public static final class Builder {
        private final String module;
        private final UUID subject;
        private final String name;
        private String reference;
        private Text label;
        private Text about;
        private String link;
        private Instant start;
        private Duration length;
        private boolean business;
        private Instant due;
        private int workingDays;
        private int warningPercent = 80;
        private Recipients atRisk = Recipients.none();
        private Recipients onBreach = Recipients.none();

        private Builder(String module, UUID subject, String name) {
            this.module = module;
            this.subject = subject;
            this.name = name;
        }

        /** How warnings name the record ("CP-2026-0007") and the step ("确认收到" / "acknowledging receipt"). */
        public Builder says(String reference, Text label, Text about) {
            this.reference = reference;
            this.label = label;
            this.about = about;
            return this;
        }

        /** Where the record opens, relative to LabDesk's address ("complaints?open=…"). */
        public Builder link(String link) {
            this.link = link;
            return this;
        }

        /** Runs from {@code start} for {@code length} of business time (on the calendar) or clock time. */
        public Builder lasting(Instant start, Duration length, boolean business) {
            this.start = start;
            this.length = length;
            this.business = business;
            this.due = null;
            this.workingDays = 0;
            return this;
        }

        /** Runs from {@code start} to the end of the {@code days}-th working day after it, on the calendar. */
        public Builder withinWorkingDays(Instant start, int days) {
            this.start = start;
            this.workingDays = days;
            this.business = true;
            this.length = null;
            this.due = null;
            return this;
        }

        /** Runs from {@code start} until the moment {@code due}. */
        public Builder until(Instant start, Instant due) {
            this.start = start;
            this.due = due;
            this.length = null;
            this.business = false;
            this.workingDays = 0;
            return this;
        }

        /** At risk once this share of its time has passed (80 % unless said). */
        public Builder warningAt(int percent) {
            this.warningPercent = percent;
            return this;
        }

        /** Warned when it turns at risk, and again (with {@code alsoOnBreach}) when it is breached. */
        public Builder warn(Recipients atRisk, Recipients alsoOnBreach) {
            this.atRisk = atRisk;
            this.onBreach = alsoOnBreach;
            return this;
        }

        public DeadlinePlan build() {
            return new DeadlinePlan(module, subject, name, reference, label, about, link, start, length, business,
                    due, workingDays, warningPercent, atRisk, onBreach);
        }
    }
}
