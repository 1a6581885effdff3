package io.labdesk.modules.retest.domain;

import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One test item of a case: the method and the original result with its unit and expanded uncertainty, then the
 * retest's result and how the two compare.
 */
@Entity
@Table(name = "retest_item")
public class RetestItem extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(nullable = false)
    private int position;

    @Column(name = "test_item", nullable = false, length = 200)
    private String testItem;

    @Column(length = 200)
    private String method;

    @Column(nullable = false, length = 40)
    private String unit;

    @Column(name = "original_value", nullable = false, precision = 24, scale = 8)
    private BigDecimal originalValue;

    @Column(name = "original_uncertainty", precision = 24, scale = 8)
    private BigDecimal originalUncertainty;

    @Enumerated(EnumType.STRING)
    @Column(name = "tolerance_kind", length = 20)
    private Tolerance.Kind toleranceKind;

    @Column(name = "tolerance_amount", precision = 24, scale = 8)
    private BigDecimal toleranceAmount;

    @Column(name = "retest_value", precision = 24, scale = 8)
    private BigDecimal retestValue;

    @Column(name = "retest_uncertainty", precision = 24, scale = 8)
    private BigDecimal retestUncertainty;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Comparison.Verdict verdict;

    @Column(name = "normalised_error", precision = 12, scale = 2)
    private BigDecimal normalisedError;

    @Column(name = "explanation_zh", length = 500)
    private String explanationZh;

    @Column(name = "explanation_en", length = 500)
    private String explanationEn;

    @Version
    private long version;

    protected RetestItem() {
    }

    public RetestItem(UUID caseId, int position, String testItem, String method, Measurement original,
                      Tolerance tolerance) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.position = position;
        this.testItem = testItem;
        this.method = method;
        this.unit = original.unit();
        this.originalValue = original.value();
        this.originalUncertainty = original.expandedUncertainty();
        this.toleranceKind = tolerance == null ? null : tolerance.kind();
        this.toleranceAmount = tolerance == null ? null : tolerance.amount();
    }

    /** Its place among the case's items. */
    public void place(int position) {
        this.position = position;
    }

    /** The retest's result, compared with the original at once. */
    public Comparison retested(Measurement result) {
        Comparison c = Comparison.of(original(), result, tolerance());
        this.retestValue = result.value();
        this.retestUncertainty = result.expandedUncertainty();
        this.verdict = c.verdict();
        this.normalisedError = c.normalisedError();
        this.explanationZh = c.explanation().zh();
        this.explanationEn = c.explanation().en();
        return c;
    }

    public Measurement original() {
        return new Measurement(originalValue, unit, originalUncertainty);
    }

    public Measurement retest() {
        return retestValue == null ? null : new Measurement(retestValue, unit, retestUncertainty);
    }

    public Tolerance tolerance() {
        return toleranceKind == null ? null : new Tolerance(toleranceKind, toleranceAmount);
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public int position() {
        return position;
    }

    public String testItem() {
        return testItem;
    }

    public String method() {
        return method;
    }

    public String unit() {
        return unit;
    }

    public Comparison.Verdict verdict() {
        return verdict;
    }

    public BigDecimal normalisedError() {
        return normalisedError;
    }

    public Text explanation() {
        return explanationZh == null ? null : Text.of(explanationZh, explanationEn);
    }
}
