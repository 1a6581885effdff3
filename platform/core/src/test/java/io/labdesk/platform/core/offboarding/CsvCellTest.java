package io.labdesk.platform.core.offboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        assertThat(TenantExports.csvCell("=HYPERLINK(\"http://evil.example\",\"点我\")")).startsWith("\"'=HYPERLINK");
        assertThat(TenantExports.csvCell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(TenantExports.csvCell("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(TenantExports.csvCell("-2+3+cmd|' /C calc'!A0")).startsWith("'-2+3");
        assertThat(TenantExports.csvCell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(TenantExports.csvCell("=1+1")).as("even plain arithmetic after =").isEqualTo("'=1+1");
    }

    @Test
    void phoneNumbersAndAmountsStayAsTheyAre() {
        assertThat(TenantExports.csvCell("+86 138 0013 8000")).isEqualTo("+86 138 0013 8000");
        assertThat(TenantExports.csvCell("+86 (27) 8765-4321")).isEqualTo("+86 (27) 8765-4321");
        assertThat(TenantExports.csvCell("-12.50")).isEqualTo("-12.50");
        assertThat(TenantExports.csvCell("中文, with comma")).isEqualTo("\"中文, with comma\"");
    }
}
