package io.labdesk.modules.retest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labdesk.platform.api.identity.StaffDirectory.StaffMember;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantRole;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {

    private static final CauseCatalogue CATALOGUE = CauseCatalogue.defaults();
    private static final StaffMember TESTER = new StaffMember("li.na", "李娜", Set.of(TenantRole.TESTER));
    private static final StaffMember TECHNICAL = new StaffMember("wu.gang", "吴刚", Set.of(TenantRole.TECHNICAL_MANAGER));
    private static final StaffMember QUALITY = new StaffMember("zhao.min", "赵敏", Set.of(TenantRole.QUALITY_MANAGER));

    @Test
    void theDefaultCatalogueHoldsSource000sThreeLists() {
        assertThat(CATALOGUE.checked().causes()).hasSize(12);
        assertThat(CATALOGUE.causes().stream().filter(c -> c.causeClass() == CauseClass.INSTITUTION_AT_FAULT)).hasSize(3);
        assertThat(CATALOGUE.causes().stream().filter(c -> c.causeClass() == CauseClass.CUSTOMER_SIDE)).hasSize(6);
        assertThat(CATALOGUE.find(CauseCatalogue.WITHIN_ERROR)).hasValueSatisfying(
                c -> assertThat(c.causeClass()).isEqualTo(CauseClass.CUSTOMER_SIDE));
    }

    @Test
    void aCatalogueWithADuplicateCodeOrAShareOver100IsRefused() {
        Cause free = CATALOGUE.causes().get(0);
        assertThatThrownBy(() -> new CauseCatalogue(List.of(free, free)).checked())
                .isInstanceOfSatisfying(InvalidModuleInput.class,
                        e -> assertThat(e.messages().get("causes").en()).contains("appears twice"));
        Cause greedy = new Cause("GREEDY", Text.of("贪", "Greedy"), CauseClass.CUSTOMER_SIDE, new BigDecimal("120"));
        assertThatThrownBy(() -> new CauseCatalogue(List.of(greedy)).checked())
                .isInstanceOfSatisfying(InvalidModuleInput.class,
                        e -> assertThat(e.messages().get("causes").zh()).contains("0% 到 100%"));
    }

    @Test
    void theClassFollowsTheCauseUnlessAReasonIsWritten() {
        Cause operator = CATALOGUE.find("OPERATOR_ERROR").orElseThrow();
        assertThat(Classification.decide(operator, null, null)).isEqualTo(CauseClass.INSTITUTION_AT_FAULT);
        assertThatThrownBy(() -> Classification.decide(operator, CauseClass.NEGOTIATED, " "))
                .isInstanceOfSatisfying(InvalidModuleInput.class,
                        e -> assertThat(e.messages().get("classReason").en()).contains("needs a written reason"));
        assertThat(Classification.decide(operator, CauseClass.NEGOTIATED, "客户同意分担")).isEqualTo(CauseClass.NEGOTIATED);
    }

    @Test
    void agreementOnACaseOfTheInstitutionsFaultAsksForAReview() {
        assertThat(Classification.reviewAfter(CauseClass.INSTITUTION_AT_FAULT, Comparison.Verdict.AGREES))
                .hasValueSatisfying(t -> assertThat(t.en()).contains("review the class"));
        assertThat(Classification.reviewAfter(CauseClass.CUSTOMER_SIDE, Comparison.Verdict.DIFFERS))
                .hasValueSatisfying(t -> assertThat(t.en()).contains("refunded"));
        assertThat(Classification.reviewAfter(CauseClass.CUSTOMER_SIDE, Comparison.Verdict.AGREES)).isEmpty();
        assertThat(Classification.reviewAfter(CauseClass.INSTITUTION_AT_FAULT, Comparison.Verdict.DIFFERS)).isEmpty();
    }

    @Test
    void neitherTheTesterNorTheReportsApproverDecides() {
        assertThat(Independence.barToDecide(TESTER, "li.na", "wu.gang"))
                .hasValueSatisfying(t -> assertThat(t.en()).isEqualTo("李娜 did the original test and cannot decide its retest."));
        assertThat(Independence.barToDecide(TECHNICAL, "li.na", "wu.gang"))
                .hasValueSatisfying(t -> assertThat(t.zh()).contains("批准了原报告"));
        assertThat(Independence.barToDecide(QUALITY, "li.na", "wu.gang")).isEmpty();
    }

    @Test
    void aTechnicalManagerOtherThanTheDeciderApproves() {
        assertThat(Independence.barToApprove(QUALITY, "li.na", "x")).hasValueSatisfying(
                t -> assertThat(t.en()).contains("not one"));
        assertThat(Independence.barToApprove(TECHNICAL, "wu.gang", "x")).isPresent();
        assertThat(Independence.barToApprove(TECHNICAL, "zhao.min", "x")).isEmpty();
    }

    @Test
    void theFeeFollowsTheClass() {
        assertThat(Fee.of(CauseClass.INSTITUTION_AT_FAULT, new BigDecimal("800"), null, null, null))
                .isEqualTo(new Fee(Fee.Kind.FREE, BigDecimal.ZERO, false));
        Fee half = Fee.of(CauseClass.CUSTOMER_SIDE, new BigDecimal("800"), new BigDecimal("50"), null, null);
        assertThat(half.amount()).isEqualByComparingTo("400.00");
        assertThat(half.needsAcceptance()).isTrue();
        assertThat(Fee.of(CauseClass.CUSTOMER_SIDE, new BigDecimal("800"), BigDecimal.ZERO, null, null).needsAcceptance())
                .isFalse();
        assertThatThrownBy(() -> Fee.of(CauseClass.NEGOTIATED, null, null, new BigDecimal("300"), ""))
                .isInstanceOfSatisfying(InvalidModuleInput.class,
                        e -> assertThat(e.messages()).containsKey("agreement"));
        assertThat(Fee.of(CauseClass.NEGOTIATED, null, null, new BigDecimal("300"), "电话商定 12-01").amount())
                .isEqualByComparingTo("300");
    }

    @Test
    void aFeePaidIsRefundedWhenTheInstitutionWasAtFaultAfterAll() {
        assertThat(Fee.refundOwed(CauseClass.INSTITUTION_AT_FAULT, new BigDecimal("400"))).isEqualByComparingTo("400");
        assertThat(Fee.refundOwed(CauseClass.CUSTOMER_SIDE, new BigDecimal("400"))).isEqualByComparingTo("0");
        assertThat(Fee.refundOwed(CauseClass.INSTITUTION_AT_FAULT, null)).isEqualByComparingTo("0");
    }
}
