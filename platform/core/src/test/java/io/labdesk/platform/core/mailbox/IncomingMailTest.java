package io.labdesk.platform.core.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IncomingMailTest {

    private static IncomingMail read(String headers, String body) throws Exception {
        return IncomingMail.read((headers + "\r\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    private static final String PERSON = "From: =?UTF-8?B?546L5bCP5piO?= <Wang.XM@customer.test>\r\nTo: desk@lab.test\r\n"
            + "Subject: =?UTF-8?B?5qCh5YeG5ZKo6K+i?=\r\nMessage-ID: <abc@customer.test>\r\n"
            + "In-Reply-To: <out-1@lab.test>\r\nReferences: <root@lab.test> <out-1@lab.test>\r\nMIME-Version: 1.0\r\n";

    @Test
    void aPersonsMailIsReadWholeAndIsNotNoise() throws Exception {
        IncomingMail mail = read(PERSON + "Content-Type: text/plain; charset=UTF-8\r\n", "请问周期？\r\n");

        assertThat(mail.sender()).isEqualTo("wang.xm@customer.test");
        assertThat(mail.senderName()).isEqualTo("王小明");
        assertThat(mail.subject()).isEqualTo("校准咨询");
        assertThat(mail.messageId()).isEqualTo("<abc@customer.test>");
        assertThat(mail.answers()).containsExactly("<out-1@lab.test>", "<root@lab.test>");
        assertThat(mail.text()).isEqualTo("请问周期？");
        assertThat(mail.language()).isEqualTo("zh-CN");
        assertThat(mail.noise("desk@lab.test", "desk")).isEmpty();
    }

    @Test
    void htmlBecomesSafeTextAndFilesAreKept() throws Exception {
        IncomingMail mail = read(PERSON + "Content-Type: multipart/mixed; boundary=b1\r\n", """
                --b1\r
                Content-Type: text/html; charset=UTF-8\r
                \r
                <html><head><style>p{}</style></head><body><p>Dear lab,</p><p>5 &lt; 6 &amp; <b>bold</b></p>\
                <script>alert(1)</script></body></html>\r
                --b1\r
                Content-Type: application/pdf\r
                Content-Disposition: attachment; filename="report.pdf"\r
                \r
                %PDF-1.4\r
                --b1--\r
                """);

        assertThat(mail.text()).isEqualTo("Dear lab,\n5 < 6 & bold");
        assertThat(mail.files()).extracting(IncomingMail.File::fileName).containsExactly("report.pdf");
    }

    @Test
    void automaticRepliesBouncesListsAndOwnMailAreNoise() throws Exception {
        String plain = "Content-Type: text/plain\r\n";
        assertThat(read(PERSON + "Auto-Submitted: auto-replied\r\n" + plain, "away").noise("desk@lab.test", "d"))
                .contains("AUTO_SUBMITTED");
        assertThat(read(PERSON + "Precedence: bulk\r\n" + plain, "news").noise("desk@lab.test", "d"))
                .contains("BULK");
        assertThat(read(PERSON.replace("=?UTF-8?B?5qCh5YeG5ZKo6K+i?=", "Out of Office: back Monday") + plain, "x")
                .noise("desk@lab.test", "d")).contains("OUT_OF_OFFICE");
        assertThat(read("From: MAILER-DAEMON@mx.test\r\nSubject: Undelivered\r\n" + plain, "failed")
                .noise("desk@lab.test", "d")).contains("BOUNCE");
        assertThat(read("From: desk@lab.test\r\nSubject: loop\r\n" + plain, "x").noise("desk@lab.test", "d"))
                .contains("OWN_ADDRESS");
    }

    @Test
    void aMultipartWithoutItsBoundaryIsUnreadable() {
        assertThatThrownBy(() -> read(PERSON + "Content-Type: multipart/mixed; boundary=never\r\n", "no parts\r\n"))
                .isInstanceOf(IncomingMail.Unreadable.class).hasMessageContaining("boundary");
    }
}
