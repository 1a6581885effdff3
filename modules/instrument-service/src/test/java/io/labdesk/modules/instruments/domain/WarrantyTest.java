package io.labdesk.modules.instruments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.modules.instruments.domain.Warranty.Basis;
import io.labdesk.modules.instruments.domain.Warranty.Coverage;
import io.labdesk.modules.instruments.domain.Warranty.Decision;
import io.labdesk.modules.instruments.domain.Warranty.FittedPart;
import io.labdesk.modules.instruments.domain.Warranty.Standing;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WarrantyTest {

    private static final LocalDate BOUGHT = LocalDate.of(2025, 3, 1);
    private static final Coverage WITH_PROOF = new Coverage(BOUGHT, true, false, 12);

    @Test
    void aYearsWarrantyCoversItsLastDayAndNotTheNext() {
        Decision last = Warranty.decide(WITH_PROOF, null, LocalDate.of(2026, 2, 28), null);
        assertThat(last.standing()).isEqualTo(Standing.IN_WARRANTY);
        assertThat(last.chargeable()).isFalse();
        assertThat(last.coveredUntil()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(last.basis()).isEqualTo(Basis.PURCHASE_PROOF);

        Decision next = Warranty.decide(WITH_PROOF, null, LocalDate.of(2026, 3, 1), null);
        assertThat(next.standing()).isEqualTo(Standing.OUT_OF_WARRANTY);
        assertThat(next.chargeable()).isTrue();
        assertThat(next.reason().en()).isEqualTo("The warranty ended on 2026-02-28: the repair is charged.");
    }

    @Test
    void theSerialNumberInTheSalesRecordsProvesItWithoutAnInvoice() {
        Decision bySerial = Warranty.decide(new Coverage(BOUGHT, false, true, 24), null, LocalDate.of(2026, 6, 1),
                null);
        assertThat(bySerial.standing()).isEqualTo(Standing.IN_WARRANTY);
        assertThat(bySerial.basis()).isEqualTo(Basis.SERIAL_NUMBER);
        assertThat(bySerial.coveredUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void withoutProofOrSalesRecordItIsNotProvableAndCharged() {
        Decision notProvable = Warranty.decide(new Coverage(BOUGHT, false, false, 12), null,
                LocalDate.of(2025, 4, 1), null);
        assertThat(notProvable.standing()).isEqualTo(Standing.NOT_PROVABLE);
        assertThat(notProvable.chargeable()).isTrue();
        assertThat(notProvable.reason().zh()).contains("无法证明在保修期内", "按保外收费");
        assertThat(Warranty.decide(new Coverage(null, true, true, 12), null, LocalDate.of(2025, 4, 1), null)
                .standing()).as("no purchase date").isEqualTo(Standing.NOT_PROVABLE);
    }

    @Test
    void anExcludedCauseMakesAnInWarrantyRepairChargeableWithTheReason() {
        Decision misuse = Warranty.decide(WITH_PROOF, null, LocalDate.of(2025, 9, 1), Exclusion.MISUSE);
        assertThat(misuse.standing()).isEqualTo(Standing.IN_WARRANTY);
        assertThat(misuse.chargeable()).isTrue();
        assertThat(misuse.exclusion()).isEqualTo(Exclusion.MISUSE);
        assertThat(misuse.reason().zh()).contains("使用不当", "不属保修范围");
        for (Exclusion e : Exclusion.values()) {
            assertThat(Warranty.decide(WITH_PROOF, null, LocalDate.of(2025, 9, 1), e).chargeable()).as(e.name())
                    .isTrue();
        }
    }

    @Test
    void aFittedPartsWarrantyRunsFromTheDayItWasFittedAfterTheInstrumentsEnded() {
        FittedPart pump = new FittedPart("真空泵", LocalDate.of(2026, 1, 10), 3);
        Decision covered = Warranty.decide(WITH_PROOF, pump, LocalDate.of(2026, 4, 9), null);
        assertThat(covered.standing()).isEqualTo(Standing.IN_WARRANTY);
        assertThat(covered.basis()).isEqualTo(Basis.FITTED_PART);
        assertThat(covered.coveredUntil()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(covered.reason().en()).contains("fitted on 2026-01-10");
        assertThat(Warranty.decide(WITH_PROOF, pump, LocalDate.of(2026, 4, 10), null).standing())
                .as("the part's warranty ended too").isEqualTo(Standing.OUT_OF_WARRANTY);
        assertThat(Warranty.decide(new Coverage(BOUGHT, false, false, 12), pump, LocalDate.of(2026, 2, 1), null)
                .standing()).as("our own fitting is proof enough").isEqualTo(Standing.IN_WARRANTY);
    }

    @Test
    void afterTheWarrantyOnlyMaterialsAreChargedUnlessAnExclusionVoidedIt() {
        Decision out = Warranty.decide(WITH_PROOF, null, LocalDate.of(2027, 1, 1), null);
        assertThat(ChargeKind.PARTS.chargeable(out, true)).isTrue();
        assertThat(ChargeKind.LABOUR.chargeable(out, true)).isFalse();
        assertThat(ChargeKind.TRAVEL.chargeable(out, true)).isFalse();
        assertThat(ChargeKind.LABOUR.chargeable(out, false)).as("the institution charges labour too").isTrue();
        Decision misuse = Warranty.decide(WITH_PROOF, null, LocalDate.of(2025, 9, 1), Exclusion.DISASSEMBLY);
        assertThat(ChargeKind.LABOUR.chargeable(misuse, true)).isTrue();
        Decision covered = Warranty.decide(WITH_PROOF, null, LocalDate.of(2025, 9, 1), null);
        assertThat(ChargeKind.PARTS.chargeable(covered, true)).as("nothing is charged under warranty").isFalse();
    }
}
