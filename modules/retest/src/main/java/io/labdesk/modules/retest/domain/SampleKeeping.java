package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.module.Text;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What became of the tested sample, as staff record it on the case; until they do, the institution's retention period
 * from the report date says whether it should still be kept.
 */
public record SampleKeeping(State state, LocalDate keptUntil) {

    public enum State {
        RETAINED(Text.of("留样中", "Retained")),
        RETURNED(Text.of("已退还客户", "Returned to the customer")),
        DISPOSED(Text.of("已处置", "Disposed of"));

        private final Text label;

        State(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }
    }

    public SampleKeeping {
        Objects.requireNonNull(state, "state");
    }

    /** Kept, as far as the retention period tells, until {@code reportDate + retentionDays}. */
    public static SampleKeeping byRetentionPeriod(LocalDate reportDate, int retentionDays) {
        return new SampleKeeping(State.RETAINED, reportDate.plusDays(retentionDays));
    }

    /** Whether the sample can be retested on {@code day}. */
    public boolean availableOn(LocalDate day) {
        return state == State.RETAINED && (keptUntil == null || !day.isAfter(keptUntil));
    }
}
