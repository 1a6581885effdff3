package io.labdesk.platform.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentsTest {

    private static final byte[] PDF = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aFileSentWithItsPathIsStoredByItsLastSegment() {
        assertThat(name("C:\\Users\\吴敏\\Desktop\\委托单.pdf")).isEqualTo("委托单.pdf");
        assertThat(name("../../etc/报告.pdf")).isEqualTo("报告.pdf");
        assertThat(name("scans/2026\\11/记录.pdf")).isEqualTo("记录.pdf");
        assertThat(name("报告\u0000\r\n.pdf")).isEqualTo("报告___.pdf");
    }

    private static String name(String sent) {
        return Attachments.check(List.of(new Attachments.Upload(sent, "application/pdf", PDF))).getFirst().fileName();
    }
}
