package io.labdesk.modules.instruments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labdesk.platform.api.module.Text;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentSheetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final ProductLines LINES = ProductLines.parse("ICP-MS=24; GC＝18", 12);

    @Test
    void rowsAreReadUnderChineseOrEnglishHeadersTakingTheirProductLinesWarranty() {
        List<InstrumentSheet.Row> rows = InstrumentSheet.read(
                List.of("序列号", "Model", "产品线", "客户", "购买日期", "本机构售出", "所在地"),
                List.of(List.of("SN-1", "iCAP RQ", "icp-ms", "周强", "2025-05-06", "是", "武汉市洪山区"),
                        List.of("SN-2", "GC 8890", "其他", "李华", "2025-05-06T00:00", "", "")),
                LINES, TODAY);
        assertThat(rows).allMatch(InstrumentSheet.Row::valid);
        Instrument.Facts first = rows.get(0).facts();
        assertThat(first.serialNumber()).isEqualTo("SN-1");
        assertThat(first.warrantyMonths()).isEqualTo(24);
        assertThat(first.soldByUs()).isTrue();
        assertThat(first.purchaseDate()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(rows.get(1).facts().warrantyMonths()).as("the default").isEqualTo(12);
        assertThat(rows.get(1).facts().soldByUs()).isFalse();
        assertThat(rows.get(1).facts().place()).isNull();
    }

    @Test
    void eachBadRowIsNamedWithWhatIsWrong() {
        List<InstrumentSheet.Row> rows = InstrumentSheet.read(List.of("Model", "Serial number", "Customer",
                        "Purchase date", "Warranty (months)"),
                List.of(List.of("X", "", "王五", "2027-01-01", "12"), List.of("Y", "SN-3", "赵六", "6 May", "1.5")),
                LINES, TODAY);
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).problems()).extracting(Text::en).containsExactlyInAnyOrder(
                "Give the serial number (at most 100 characters).", "The purchase date cannot be in the future.");
        assertThat(rows.get(1).problems()).extracting(Text::zh).containsExactlyInAnyOrder(
                "「购买日期」须为日期（2026-03-16）。", "「保修期（月）」须为整数。");
    }

    @Test
    void productLinesAreReadOrRefusedWithTheEntryNamed() {
        assertThat(LINES.monthsOf(" GC ")).isEqualTo(18);
        assertThat(LINES.monthsOf(null)).isEqualTo(12);
        assertThat(ProductLines.problem("ICP-MS=two")).hasValueSatisfying(t -> assertThat(t.en())
                .startsWith("Cannot read \"ICP-MS=two\""));
        assertThat(ProductLines.problem("")).isEmpty();
        assertThatThrownBy(() -> ProductLines.parse("=12", 12)).isInstanceOf(IllegalArgumentException.class);
    }
}
