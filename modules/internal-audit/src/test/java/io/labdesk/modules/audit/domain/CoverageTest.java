package io.labdesk.modules.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static Coverage.Audited audited(String item, int year, int month) {
        return new Coverage.Audited(item, YearMonth.of(year, month));
    }

    @Test
    void aClauseWithoutAnAuditInTheYearIsAGap() {
        List<Coverage.Gap> gaps = Coverage.gaps(List.of("7.9", "8.8"), List.of(audited("7.9", 2026, 5),
                audited("8.8", 2025, 11)), 2026);
        assertThat(gaps).containsExactly(new Coverage.Gap("8.8", Coverage.Why.NOT_IN_YEAR, YearMonth.of(2025, 11)));
    }

    @Test
    void moreThanTwelveMonthsBetweenTwoAuditsIsAGapEvenWhenTheYearHasOne() {
        assertThat(Coverage.gaps(List.of("6.4"), List.of(audited("6.4", 2025, 3), audited("6.4", 2026, 4)), 2026))
                .containsExactly(new Coverage.Gap("6.4", Coverage.Why.INTERVAL, YearMonth.of(2025, 3)));
        assertThat(Coverage.gaps(List.of("6.4"), List.of(audited("6.4", 2025, 3), audited("6.4", 2026, 3)), 2026))
                .as("twelve months exactly").isEmpty();
    }

    @Test
    void laterYearsDoNotCountAndAFirstAuditHasNoIntervalToKeep() {
        assertThat(Coverage.gaps(List.of("4.1"), List.of(audited("4.1", 2027, 1)), 2026))
                .extracting(Coverage.Gap::why).containsExactly(Coverage.Why.NOT_IN_YEAR);
        assertThat(Coverage.gaps(List.of("4.1"), List.of(audited("4.1", 2026, 12)), 2026)).isEmpty();
    }

    @Test
    void theMatrixShowsTheMonthsOfTheYearPerItem() {
        var matrix = Coverage.matrix(List.of("7.1", "LAB-A"), List.of(audited("7.1", 2026, 3), audited("7.1", 2026, 9),
                audited("7.1", 2025, 9), audited("LAB-A", 2026, 3)), 2026);
        assertThat(matrix.get("7.1")).containsExactly(3, 9);
        assertThat(matrix.get("LAB-A")).containsExactly(3);
    }
}
