package io.labdesk.modules.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndependenceTest {

    private static final Independence.Scope SCOPE = new Independence.Scope(Set.of("7.1", "7.9"),
            Map.of("RECEIPT", "样品接收"));

    private static Independence.Candidate candidate(boolean qualified, List<String> areas,
                                                    List<Independence.Handled> handled) {
        return new Independence.Candidate("sun.li", "孙丽", qualified, areas, handled);
    }

    @Test
    void aQualifiedAuditorFromElsewhereWhoHandledNothingInScopeMayAudit() {
        assertThat(Independence.bar(candidate(true, List.of("CAL-LAB"),
                List.of(new Independence.Handled("retest", "RT-2026-0001"))), SCOPE)).isEmpty();
    }

    @Test
    void withoutAValidQualificationNobodyAudits() {
        assertThat(Independence.bar(candidate(false, List.of(), List.of()), SCOPE)).get()
                .satisfies(t -> assertThat(t.en()).contains("qualification"));
    }

    @Test
    void nobodyAuditsAnAreaTheyWorkIn() {
        assertThat(Independence.bar(candidate(true, List.of("RECEIPT"), List.of()), SCOPE)).get()
                .satisfies(t -> assertThat(t.zh()).contains("样品接收"));
    }

    @Test
    void nobodyAuditsAClauseWhoseRecordsTheyHandledInThePeriod() {
        assertThat(Independence.bar(candidate(true, List.of(),
                List.of(new Independence.Handled("request", "SR-2026-000123"))), SCOPE)).get()
                .satisfies(t -> assertThat(t.en()).contains("SR-2026-000123").contains("7.1"));
        assertThat(Independence.bar(candidate(true, List.of(),
                List.of(new Independence.Handled("complaints", "CP-2026-0007"))), SCOPE)).get()
                .satisfies(t -> assertThat(t.en()).contains("CP-2026-0007").contains("7.9"));
        assertThat(Independence.bar(candidate(true, List.of(),
                List.of(new Independence.Handled("somewhere", "X-1"))), SCOPE)).as("a source of no clause").isEmpty();
    }
}
