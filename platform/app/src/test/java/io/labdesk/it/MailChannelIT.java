package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import io.labdesk.testkit.Api;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.Mailbox;
import io.labdesk.testkit.TestDatabase;
import io.labdesk.testkit.TestEnvironment;
import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail as a channel, against a real IMAP-over-TLS server in the test JVM: the analysis centre's mailbox is set
 * up over the API, mail delivered to it becomes requests and replies (or nothing, for noise), unreadable mail is
 * listed, and the mailbox password never shows again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailChannelIT {

    private static final String ADMIN = "zhang.wei";
    private static final String DESK = "desk@donghu-atc.test";
    private static final String PASSWORD = "imap-Pa55-" + UUID.randomUUID().toString().substring(0, 8);
    private static boolean setUp;
    private static GreenMailUser desk;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @Test
    void aNewMailBecomesARequestWithItsFilesAndTheCustomerGetsTheAcknowledgement() throws Exception {
        mailbox();
        String subject = "高低温箱校准咨询 " + UUID.randomUUID().toString().substring(0, 6);
        MimeMessage mail = mail("王小明 <wang.xm@customer-a.test>", subject, null);
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>请问<b>校准</b>周期是多久？</p><script>alert('x')</script>", "text/html; charset=UTF-8");
        parts.addBodyPart(html);
        parts.addBodyPart(file("上次报告.pdf", "%PDF-1.4 report".getBytes(StandardCharsets.US_ASCII)));
        parts.addBodyPart(file("setup.exe", "MZ not allowed".getBytes(StandardCharsets.US_ASCII)));
        mail.setContent(parts);
        deliver(mail);

        String id = awaitValue("SELECT id::text FROM service_request WHERE subject = '" + subject + "'");
        assertThat(TestDatabase.value("SELECT channel FROM service_request WHERE id = '" + id + "'")).isEqualTo("EMAIL");
        String description = TestDatabase.value("SELECT description FROM service_request WHERE id = '" + id + "'");
        assertThat(description).contains("请问校准周期是多久？").doesNotContain("<b>", "alert");
        assertThat(TestDatabase.value("SELECT contact_email FROM service_request WHERE id = '" + id + "'"))
                .isEqualTo("wang.xm@customer-a.test");
        assertThat(TestDatabase.value("SELECT count(*) FROM customer WHERE email = 'wang.xm@customer-a.test'"))
                .isEqualTo("1");
        String files = TestDatabase.value("SELECT string_agg(file_name, ',' ORDER BY file_name) FROM request_attachment "
                + "WHERE request_id = '" + id + "'");
        assertThat(files).contains("上次报告.pdf").contains(".eml").doesNotContain("setup.exe");
        // The refused file is named on the timeline (and kept inside the original mail), not silently dropped.
        assertThat(TestDatabase.value("SELECT detail FROM request_event WHERE request_id = '" + id
                + "' AND kind = 'EMAIL_RECEIVED'")).contains("setup.exe");

        String number = TestDatabase.value("SELECT number FROM service_request WHERE id = '" + id + "'");
        Mailbox.Mail ack = Mailbox.await("wang.xm@customer-a.test", m -> m.subject().contains(number));
        assertThat(ack.body()).contains("/track/");
        awaitSeen(subject);
    }

    @Test
    void aReplyToLabDesksMailJoinsTheRequestsTimelineAndTellsTheDesk() throws Exception {
        mailbox();
        String subject = "天平漂移 " + UUID.randomUUID().toString().substring(0, 6);
        deliver(mail("赵六 <zhao.liu@customer-b.test>", subject, "天平读数一直在漂移。"));
        String id = awaitValue("SELECT id::text FROM service_request WHERE subject = '" + subject + "'");
        String number = TestDatabase.value("SELECT number FROM service_request WHERE id = '" + id + "'");
        Mailbox.await("zhao.liu@customer-b.test", m -> m.subject().contains(number));
        String ackId = sentMessageId("zhao.liu@customer-b.test", number);

        // The customer's mail program answers with a subject of its own: the headers alone find the request.
        MimeMessage reply = mail("赵六 <zhao.liu@customer-b.test>", "回复：您的来信", "换了电池后还是漂移。");
        reply.setHeader("In-Reply-To", ackId);
        reply.setHeader("References", ackId);
        deliver(reply);

        awaitValue("SELECT detail FROM request_event WHERE request_id = '" + id + "' AND kind = 'CUSTOMER_ADDED' "
                + "AND detail LIKE '%换了电池后还是漂移%'");
        assertThat(TestDatabase.value("SELECT count(*) FROM service_request WHERE subject = '回复：您的来信'"))
                .isEqualTo("0");
        Mailbox.Mail told = Mailbox.await("li.na@donghu-atc.example.cn",
                m -> m.subject().contains(number) && m.body().contains("换了电池后还是漂移"));
        assertThat(told.body()).contains("/requests/" + id);
    }

    @Test
    void staffAnswerByEmailWithAFileAndTheCustomersAnswerThreadsBack() throws Exception {
        mailbox();
        String subject = "温度计送检 " + UUID.randomUUID().toString().substring(0, 6);
        MimeMessage first = mail("孙九 <sun.jiu@customer-f.test>", subject, null);
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("附上温度计清单。", "UTF-8");
        parts.addBodyPart(text);
        parts.addBodyPart(file("清单.pdf", "%PDF-1.4 list".getBytes(StandardCharsets.US_ASCII)));
        first.setContent(parts);
        first.saveChanges();
        String customersId = first.getMessageID();
        deliver(first);
        String id = awaitValue("SELECT id::text FROM service_request WHERE subject = '" + subject + "'");
        String number = TestDatabase.value("SELECT number FROM service_request WHERE id = '" + id + "'");
        String fileId = TestDatabase.value("SELECT id::text FROM request_attachment WHERE request_id = '" + id
                + "' AND file_name = '清单.pdf'");

        HttpResponse<String> refused = Api.call("POST", "/api/v1/requests/" + id + "/email", "li.na",
                "{\"text\":\"  \"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        HttpResponse<String> sent = Api.call("POST", "/api/v1/requests/" + id + "/email", "li.na",
                "{\"text\":\"请于周五前送样。\",\"files\":[\"" + fileId + "\"]}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);

        Mailbox.Mail answer = Mailbox.await("sun.jiu@customer-f.test",
                m -> m.subject().equals("[" + number + "] " + subject));
        assertThat(answer.body()).contains("请于周五前送样。");
        assertThat(answer.attachments()).extracting(Mailbox.Attachment::fileName).containsExactly("清单.pdf");
        MimeMessage raw = received("sun.jiu@customer-f.test", "[" + number + "] " + subject);
        assertThat(raw.getHeader("In-Reply-To", null)).isEqualTo(customersId);
        assertThat(raw.getReplyTo()[0].toString()).isEqualTo(DESK);
        assertThat(TestDatabase.value("SELECT detail FROM request_event WHERE request_id = '" + id
                + "' AND kind = 'EMAIL_SENT'")).contains("请于周五前送样。").contains("清单.pdf");

        MimeMessage back = mail("孙九 <sun.jiu@customer-f.test>", "Re: " + raw.getSubject(), "好的，周五送到。");
        back.setHeader("In-Reply-To", raw.getMessageID());
        deliver(back);
        awaitValue("SELECT detail FROM request_event WHERE request_id = '" + id + "' AND kind = 'CUSTOMER_ADDED' "
                + "AND detail LIKE '%周五送到%'");
    }

    @Test
    void aReplyNamingAClosedRequestsNumberReopensIt() throws Exception {
        mailbox();
        String subject = "证书补发 " + UUID.randomUUID().toString().substring(0, 6);
        deliver(mail("周十 <zhou.shi@customer-g.test>", subject, "请补发证书。"));
        String id = awaitValue("SELECT id::text FROM service_request WHERE subject = '" + subject + "'");
        JsonObject r = Api.json(Api.call("GET", "/api/v1/requests/" + id, ADMIN, null));
        String number = r.getString("number");
        r = Api.act(ADMIN, id, "acknowledge", r, "\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\","
                + "\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\"");
        r = Api.act(ADMIN, id, "assign", r, "\"assignee\":\"li.na\"");
        r = Api.act(ADMIN, id, "resolve", r, "\"reply\":\"已补发。\"");
        r = Api.act(ADMIN, id, "follow-up", r, "\"method\":\"EMAIL\",\"outcome\":\"收到\",\"verdict\":\"SATISFIED\"");
        r = Api.act(ADMIN, id, "close", r, "");
        assertThat(r.getString("status")).isEqualTo("CLOSED");

        // Another sender naming the number is not taken as this customer's answer.
        deliver(mail("陌生人 <stranger@elsewhere.test>", "Re: [" + number + "] " + subject, "我也要。"));
        awaitValue("SELECT id::text FROM service_request WHERE contact_email = 'stranger@elsewhere.test'");
        deliver(mail("周十 <zhou.shi@customer-g.test>", "Re: [" + number + "] " + subject, "证书上的日期错了。"));

        awaitValue("SELECT id::text FROM service_request WHERE id = '" + id + "' AND status = 'REOPENED'");
        assertThat(TestDatabase.value("SELECT detail FROM request_event WHERE request_id = '" + id
                + "' AND kind = 'CUSTOMER_ADDED'")).contains("证书上的日期错了。").doesNotContain("我也要");
        assertThat(TestDatabase.value("SELECT count(*) FROM request_event WHERE request_id = '" + id
                + "' AND kind = 'REOPEN'")).isEqualTo("1");
    }

    @Test
    void anAutoReplyAndABounceBecomeNothingAndGetNoAnswer() throws Exception {
        mailbox();
        String away = "Automatic reply: " + UUID.randomUUID().toString().substring(0, 6);
        MimeMessage outOfOffice = mail("Away <away@customer-c.test>", away, "I am out of the office until Monday.");
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        deliver(outOfOffice);
        String bounced = "Undelivered Mail " + UUID.randomUUID().toString().substring(0, 6);
        MimeMessage bounce = mail("Mail Delivery System <MAILER-DAEMON@mx.customer-c.test>", bounced, null);
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Delivery to the following recipient failed permanently.");
        report.addBodyPart(text);
        bounce.setContent(report);
        deliver(bounce);

        awaitSeen(away);
        awaitSeen(bounced);
        assertThat(TestDatabase.value("SELECT count(*) FROM service_request WHERE subject IN ('" + away + "', '"
                + bounced + "')")).isEqualTo("0");
        assertThat(Mailbox.to("away@customer-c.test")).isEmpty();
        assertThat(Mailbox.to("mailer-daemon@mx.customer-c.test")).isEmpty();
    }

    @Test
    void oneSenderMakesAtMostThreeRequestsAnHourTheRestAreListed() throws Exception {
        mailbox(); // the test server allows 3 per sender and hour (arquillian.xml)
        String subject = "批量来信 " + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 1; i <= 4; i++) {
            deliver(mail("吴十一 <wu.shiyi@customer-h.test>", subject + " #" + i, "第 " + i + " 封。"));
            awaitSeen(subject + " #" + i);
        }
        assertThat(TestDatabase.value("SELECT count(*) FROM service_request WHERE subject LIKE '" + subject + "%'"))
                .isEqualTo("3");
        assertThat(Api.array(Api.call("GET", "/api/v1/mailbox/failures", ADMIN, null)).getValuesAs(JsonObject.class)
                .stream().filter(f -> (subject + " #4").equals(f.getString("subject", null))).findFirst()
                .orElseThrow().getString("reason")).isEqualTo("LIMIT");
    }

    @Test
    void theSameMailSeenByASecondSweepMakesOneRequest() throws Exception {
        mailbox();
        String subject = "重复投递 " + UUID.randomUUID().toString().substring(0, 6);
        MimeMessage mail = mail("钱七 <qian.qi@customer-d.test>", subject, "同一封信。");
        mail.saveChanges();
        String messageId = mail.getMessageID();
        deliver(mail);
        awaitValue("SELECT id::text FROM service_request WHERE subject = '" + subject + "'");
        awaitSeen(subject);

        // As after a crash between the import's commit and marking the mail read: the same mail, unread, again.
        MimeMessage again = new MimeMessage(Session.getInstance(new Properties()));
        again.setFrom(new InternetAddress("qian.qi@customer-d.test"));
        again.setRecipients(Message.RecipientType.TO, DESK);
        again.setSubject(subject + " (2)", "UTF-8");
        again.setText("同一封信。", "UTF-8");
        again.saveChanges();
        again.setHeader("Message-ID", messageId);
        deliver(again);
        awaitSeen(subject + " (2)");

        assertThat(TestDatabase.value("SELECT count(*) FROM service_request WHERE subject LIKE '" + subject + "%'"))
                .isEqualTo("1");
        assertThat(TestDatabase.value("SELECT count(*) FROM mail_message WHERE message_id = '" + messageId + "'"))
                .isEqualTo("1");
    }

    @Test
    void aBrokenMailIsListedAsNotImportedAndStaysUnread() throws Exception {
        mailbox();
        String subject = "broken-" + UUID.randomUUID().toString().substring(0, 6);
        String raw = "From: sun.ba@customer-e.test\r\nTo: " + DESK + "\r\nSubject: " + subject + "\r\n"
                + "Message-ID: <" + subject + "@customer-e.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"never-there\"\r\n\r\nno parts at all\r\n";
        deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))));

        JsonObject listed = await(() -> Api.array(Api.call("GET", "/api/v1/mailbox/failures", ADMIN, null))
                .getValuesAs(JsonObject.class).stream().filter(f -> subject.equals(f.getString("subject", null)))
                .findFirst().orElse(null));
        assertThat(listed.getString("sender")).isEqualTo("sun.ba@customer-e.test");
        assertThat(listed.getString("reason")).contains("boundary");
        assertThat(stored(subject).isSet(Flags.Flag.SEEN)).isFalse();
        assertThat(TestDatabase.value("SELECT count(*) FROM service_request WHERE subject = '" + subject + "'"))
                .isEqualTo("0");
    }

    @Test
    void theMailboxPasswordIsNeverShownInAnswersTheSettingsHistoryOrAnExport() throws Exception {
        mailbox();
        HttpResponse<String> read = Api.call("GET", "/api/v1/mailbox", ADMIN, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(PASSWORD).doesNotContain("v1:");
        assertThat(Api.json(read).getBoolean("passwordStored")).isTrue();
        assertThat(Api.call("GET", "/api/v1/mailbox", "li.na", null).statusCode()).isEqualTo(403);

        String sealed = TestDatabase.value("SELECT password_secret FROM institution_mailbox m JOIN tenant t "
                + "ON t.id = m.tenant_id WHERE t.slug = 'donghu-atc'");
        assertThat(sealed).startsWith("v1:").doesNotContain(PASSWORD);
        String history = TestDatabase.value("SELECT string_agg(coalesce(before_value, '') || after_value, '|') "
                + "FROM settings_change WHERE area = 'mailbox'");
        assertThat(history).contains(DESK).doesNotContain(PASSWORD).doesNotContain(sealed);

        JsonObject export = Api.json(Api.call("POST", "/api/v1/platform/tenants/donghu-atc/exports", "operator",
                null));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!"DONE".equals(export.getString("status")) && Instant.now().isBefore(deadline)) {
            assertThat(export.getString("status")).isNotEqualTo("FAILED");
            Thread.sleep(300);
            export = Api.json(Api.call("GET", "/api/v1/platform/tenants/donghu-atc/exports/"
                    + export.getString("id"), "operator", null));
        }
        String archive = archive(export.getString("archive"));
        assertThat(archive).contains(DESK).doesNotContain(PASSWORD).doesNotContain(sealed);
    }

    /** Sets the centre's mailbox up once: the test server's account, looked at every minute. */
    private static synchronized void mailbox() throws Exception {
        if (setUp) {
            return;
        }
        desk = TestEnvironment.imap().setUser(DESK, DESK, PASSWORD);
        String body = """
                {"host":"127.0.0.1","port":%s,"username":"%s","password":"%s","folder":"INBOX","address":"%s",
                 "pollMinutes":1,"enabled":true,"requestType":"TECHNICAL_QUESTION","closedReply":"REOPEN"}"""
                .formatted(System.getProperty("labdesk.it.imaps.port"), DESK, PASSWORD, DESK);
        HttpResponse<String> tested = Api.call("POST", "/api/v1/mailbox/test", ADMIN, body);
        assertThat(tested.statusCode()).as(tested.body()).isEqualTo(200);
        assertThat(Api.json(tested).getBoolean("ok")).as(tested.body()).isTrue();
        HttpResponse<String> existing = Api.call("GET", "/api/v1/mailbox", ADMIN, null);
        String version = existing.statusCode() == 200 ? ",\"version\":" + Api.json(existing).getInt("version") : "";
        HttpResponse<String> saved = Api.call("PUT", "/api/v1/mailbox", ADMIN,
                body.substring(0, body.lastIndexOf('}')) + version + "}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain(PASSWORD);
        setUp = true;
    }

    private static MimeMessage mail(String from, String subject, String text) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, DESK);
        m.setSubject(subject, "UTF-8");
        if (text != null) {
            m.setText(text, "UTF-8");
        }
        return m;
    }

    private static MimeBodyPart file(String name, byte[] content) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(content, "application/octet-stream");
        part.setFileName(jakarta.mail.internet.MimeUtility.encodeText(name, "UTF-8", "B"));
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    /** Into the mailbox, then LabDesk is asked to look now rather than at its next minute. */
    private static void deliver(MimeMessage m) throws Exception {
        if (m.getMessageID() == null && m.getHeader("Message-ID") == null) {
            m.saveChanges();
        }
        desk.deliver(m);
        assertThat(Api.call("POST", "/api/v1/mailbox/poll", ADMIN, null).statusCode()).isEqualTo(204);
    }

    private static StoredMessage stored(String subject) throws Exception {
        List<StoredMessage> found = new ArrayList<>();
        for (StoredMessage m : TestEnvironment.imap().getManagers().getImapHostManager().getInbox(desk).getMessages()) {
            if (subject.equals(m.getMimeMessage().getSubject())) {
                found.add(m);
            }
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** Waits until LabDesk marked the mail read: it does so only after what the mail became is committed. */
    private static void awaitSeen(String subject) throws Exception {
        await(() -> stored(subject).isSet(Flags.Flag.SEEN) ? Boolean.TRUE : null);
    }

    private static String awaitValue(String query) throws Exception {
        return await(() -> TestDatabase.value(query));
    }

    private static <T> T await(Callable<T> probe) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(end)) {
            T value = probe.call();
            if (value != null) {
                return value;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Not there within 90 s");
    }

    /** The Message-ID of the mail LabDesk sent {@code to} about {@code number}. */
    private static String sentMessageId(String to, String number) throws Exception {
        return received(to, number).getMessageID();
    }

    /** The mail LabDesk sent {@code to} whose subject holds {@code text}, as it arrived. */
    private static MimeMessage received(String to, String text) throws Exception {
        for (MimeMessage m : TestEnvironment.mail().getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(to)
                    && m.getSubject().contains(text)) {
                return m;
            }
        }
        throw new AssertionError("No mail to " + to + " about " + text);
    }

    private static String archive(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(LabDeskDeployment.baseUrl() + path))
                .header("Authorization", "Bearer " + Keycloak.accessToken("operator")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
