package io.labdesk.modules.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.module.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseLibraryTest {

    @Test
    void theShippedLibraryHoldsIso17025ClausesFourToEightInBothLanguages() {
        ClauseLibrary library = ClauseLibrary.standard();
        assertThat(library.numbers()).startsWith("4.1", "4.2", "5").contains("6.4", "7.9", "7.11", "8.8")
                .endsWith("8.9").hasSize(27);
        assertThat(library.find("7.9")).get().satisfies(c -> {
            assertThat(c.title().zh()).isEqualTo("投诉");
            assertThat(c.title().en()).isEqualTo("Complaints");
            assertThat(c.question().zh()).isNotBlank();
        });
    }

    @Test
    void theInstitutionsOwnCriteriaFollowTheStandard() {
        ClauseLibrary library = new ClauseLibrary(List.of(new Clause("QP-07", Text.of("样品管理程序", "样品管理程序"),
                Text.of("是否按程序接收样品？", "是否按程序接收样品？"), true)));
        assertThat(library.numbers()).endsWith("8.9", "QP-07");
        assertThat(ClauseLibrary.isStandard("QP-07")).isFalse();
        assertThat(ClauseLibrary.isStandard("8.8")).isTrue();
    }
}
