package io.labdesk.platform.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationTest {

    @Test
    void aSubjectNeverCarriesALineBreakFromWhatACustomerTyped() {
        Notification mail = new Notification(Notification.Channel.EMAIL, "a@example.cn", "t", null,
                "您的请求：铅含量\r\nBcc: victim@example.cn", "第一段\n\n第二段");
        assertThat(mail.subject()).isEqualTo("您的请求：铅含量 Bcc: victim@example.cn");
        assertThat(mail.body()).as("an e-mail keeps its paragraphs").isEqualTo("第一段\n\n第二段");
    }

    @Test
    void aTextMessageIsOneLine() {
        Notification sms = new Notification(Notification.Channel.SMS, "13800138000", "t", null, "s",
                "复测不能进行：\r\n样品已处置\u2028请重新送样");
        assertThat(sms.body()).isEqualTo("复测不能进行： 样品已处置 请重新送样");
    }
}
