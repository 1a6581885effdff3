package io.labdesk.modules.instruments.domain;

import io.labdesk.platform.api.module.Text;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The warranty decision when a case opens (W2): in warranty, out of warranty, or not provable — no purchase proof on
 * file and the serial number not in the institution's sales records, which counts as out of warranty (source 004
 * 1.1.1.2). A part fitted in an earlier repair has its own warranty from the day it was fitted (W1), so a fault of
 * that part is covered while the part's warranty runs even when the instrument's has ended. An excluded cause
 * (source 002 §一.4) makes an in-warranty repair chargeable, with the reason.
 */
public final class Warranty {

    private Warranty() {
    }

    public enum Standing {
        IN_WARRANTY(Text.of("保修期内", "In warranty")),
        OUT_OF_WARRANTY(Text.of("已过保修期", "Out of warranty")),
        NOT_PROVABLE(Text.of("无法证明在保（按保外处理）", "Not provable (treated as out of warranty)"));

        private final Text label;

        Standing(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }
    }

    /** What the warranty is proved by. */
    public enum Basis { PURCHASE_PROOF, SERIAL_NUMBER, FITTED_PART, NONE }

    /**
     * What the register knows of the instrument: its purchase date, whether the proof (invoice) is on file, whether
     * the serial number is in the institution's own sales records, and its warranty in months.
     */
    public record Coverage(LocalDate purchaseDate, boolean proofOnFile, boolean serialInSalesRecords, int months) {

        public Coverage {
            if (months < 0) {
                throw new IllegalArgumentException("A warranty is never negative");
            }
        }
    }

    /** A part fitted in an earlier repair: its own warranty from the day it was fitted. */
    public record FittedPart(String name, LocalDate fittedOn, int months) {

        public FittedPart {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(fittedOn, "fittedOn");
        }
    }

    /** The decision: standing, what proved it, the last day covered, the excluded cause, and whether it is charged. */
    public record Decision(Standing standing, Basis basis, LocalDate coveredUntil, Exclusion exclusion,
                           boolean chargeable, Text reason) {
    }

    /** The last day a warranty of {@code months} from {@code start} covers. */
    public static LocalDate lastDay(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    /**
     * Decides on {@code day} for a fault of the instrument, or of {@code part} when the fault is in a part fitted
     * earlier (null otherwise), with the excluded cause staff found (null when none).
     */
    public static Decision decide(Coverage coverage, FittedPart part, LocalDate day, Exclusion exclusion) {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(day, "day");
        if (part != null && !day.isBefore(part.fittedOn()) && !day.isAfter(lastDay(part.fittedOn(), part.months()))) {
            LocalDate until = lastDay(part.fittedOn(), part.months());
            return covered(Basis.FITTED_PART, until, exclusion, Text.of(
                    "更换件「" + part.name() + "」自 " + part.fittedOn() + " 安装起保修至 " + until + "。",
                    "The part \"" + part.name() + "\" fitted on " + part.fittedOn() + " is under warranty until "
                            + until + "."));
        }
        boolean provable = coverage.purchaseDate() != null
                && (coverage.proofOnFile() || coverage.serialInSalesRecords());
        if (!provable) {
            return new Decision(Standing.NOT_PROVABLE, Basis.NONE, null, exclusion, true, Text.of(
                    "无购机凭证，序列号也不在本机构销售记录中，无法证明在保修期内，按保外收费处理。",
                    "No purchase proof and the serial number is not in our sales records: the warranty cannot be "
                            + "proved, so the repair is charged as out of warranty."));
        }
        Basis basis = coverage.proofOnFile() ? Basis.PURCHASE_PROOF : Basis.SERIAL_NUMBER;
        LocalDate until = lastDay(coverage.purchaseDate(), coverage.months());
        if (day.isAfter(until)) {
            return new Decision(Standing.OUT_OF_WARRANTY, basis, until, exclusion, true, Text.of(
                    "保修期至 " + until + " 已过，维修收费。", "The warranty ended on " + until + ": the repair is charged."));
        }
        return covered(basis, until, exclusion, Text.of("保修期至 " + until + "。", "Under warranty until " + until + "."));
    }

    private static Decision covered(Basis basis, LocalDate until, Exclusion exclusion, Text why) {
        if (exclusion == null) {
            return new Decision(Standing.IN_WARRANTY, basis, until, null, false, why);
        }
        return new Decision(Standing.IN_WARRANTY, basis, until, exclusion, true, Text.of(
                why.zh() + "但损坏原因为" + exclusion.label().zh() + "，不属保修范围，维修收费。",
                why.en() + " But the damage comes from " + exclusion.label().en()
                        + ", which the warranty does not cover: the repair is charged."));
    }
}
