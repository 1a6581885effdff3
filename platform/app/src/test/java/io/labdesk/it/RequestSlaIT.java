package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.Mailbox;
import io.labdesk.testkit.TestDatabase;
import io.labdesk.testkit.TestEnvironment;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SLA targets on real requests (given on intake, moved by the workflow, watched by the server) and the messages they
 * cause, read where they arrive: a real SMTP server and an SMS gateway in the test JVM.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestSlaIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    private static String request(String subject, String contact) {
        return """
                {"type":"TECHNICAL_QUESTION","channel":"PHONE","subject":"%s",
                 "description":"委托单 ATC-2026-0777 的检测条件是否符合 GB/T 6682？","organisation":"光谷水质监测站",
                 "contactName":"钱磊",%s}""".formatted(subject, contact);
    }

    @Test
    void theCustomerIsToldAtOnceWithTheTrackingLinkByMailOrSms() throws Exception {
        String email = "qian.lei+" + UUID.randomUUID().toString().substring(0, 8) + "@ggwater.example.cn";
        JsonObject received = Api.json(Api.call("POST", "/api/v1/requests", "li.na",
                request("检测条件咨询", "\"contactEmail\":\"" + email + "\"")));
        String number = received.getJsonObject("request").getString("number");
        String trackingUrl = received.getString("trackingUrl");

        Mailbox.Mail mail = Mailbox.await(email, m -> m.subject().contains(number));
        assertThat(mail.subject()).contains("我们已收到您的服务请求");
        assertThat(mail.body()).contains(trackingUrl).contains("东湖大学分析测试中心");

        // A customer who wrote in English is answered in English, though the institution works in Chinese.
        String english = "j.smith+" + UUID.randomUUID().toString().substring(0, 8) + "@partner.example.com";
        String englishNumber = Api.json(Api.call("POST", "/api/v1/requests", "li.na",
                request("Question on the test conditions", "\"contactEmail\":\"" + english + "\",\"language\":\"en\"")))
                .getJsonObject("request").getString("number");
        Mailbox.Mail inEnglish = Mailbox.await(english, m -> m.subject().contains(englishNumber));
        assertThat(inEnglish.subject()).contains("We have received your request");
        assertThat(inEnglish.body()).contains("Donghu University Analysis and Testing Center");
        HttpResponse<String> unknown = Api.call("POST", "/api/v1/requests", "li.na",
                request("x", "\"contactEmail\":\"" + english + "\",\"language\":\"fr\""));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Api.json(unknown).getJsonObject("fields").containsKey("language")).isTrue();

        String phone = "138" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String smsNumber = Api.json(Api.call("POST", "/api/v1/requests", "li.na",
                request("电话咨询", "\"contactPhone\":\"" + phone + "\""))).getJsonObject("request").getString("number");
        Instant end = Instant.now().plusSeconds(60);
        while (TestEnvironment.sms().received().stream().noneMatch(s -> s.to().equals(phone))
                && Instant.now().isBefore(end)) {
            Thread.sleep(500);
        }
        assertThat(TestEnvironment.sms().received()).filteredOn(s -> s.to().equals(phone))
                .singleElement().satisfies(s -> assertThat(s.text()).contains(smsNumber).contains("/track/"));
    }

    @Test
    void targetsFromThePolicyMoveWithTheWorkflowAndPausesStopTheClock() throws Exception {
        JsonObject r = Api.json(Api.call("POST", "/api/v1/requests", "li.na",
                request("粒度仪校准证书疑问", "\"contactEmail\":\"qian.lei@ggwater.example.cn\""))).getJsonObject("request");
        Map<String, JsonObject> sla = targets(r);
        assertThat(sla).containsOnlyKeys("ACKNOWLEDGE", "FIRST_RESPONSE", "DELIVERY");
        assertThat(sla.values()).allSatisfy(t -> assertThat(t.getString("state")).isEqualTo("ON_TRACK"));
        assertThat(sla.get("FIRST_RESPONSE").getInt("targetMinutes")).isEqualTo(24 * 60);
        assertThat(sla.get("FIRST_RESPONSE").getBoolean("business")).isTrue();
        String created = r.getString("id");
        JsonObject listed = Api.array(Api.call("GET", "/api/v1/requests", "li.na", null)).getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("id").equals(created)).findFirst().orElseThrow();
        assertThat(targets(listed)).containsOnlyKeys("ACKNOWLEDGE", "FIRST_RESPONSE", "DELIVERY");

        String id = r.getString("id");
        String delivery = Instant.now().plus(Duration.ofDays(20)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        r = Api.act("li.na", id, "acknowledge", r, "\"agreedFollowUpAt\":\"" + delivery + "\",\"agreedDeliveryAt\":\""
                + delivery + "\"");
        sla = targets(r);
        assertThat(sla.get("ACKNOWLEDGE").getString("state")).isEqualTo("MET");
        assertThat(sla.get("DELIVERY").getString("dueAt")).isEqualTo(delivery);
        r = Api.act("li.na", id, "assign", r, "\"assignee\":\"wang.fang\"");
        r = Api.act("wang.fang", id, "wait-for-customer", r, "\"note\":\"请提供仪器序列号\"");
        sla = targets(r);
        assertThat(sla.get("FIRST_RESPONSE").getString("state")).isEqualTo("MET");
        assertThat(sla.get("DELIVERY").getString("state")).isEqualTo("PAUSED");
        Mailbox.await("qian.lei@ggwater.example.cn", m -> m.body().contains("请提供仪器序列号"));

        r = Api.act("wang.fang", id, "resume", r, "");
        sla = targets(r);
        assertThat(sla.get("DELIVERY").getString("state")).isEqualTo("ON_TRACK");
        assertThat(Instant.parse(sla.get("DELIVERY").getString("dueAt"))).isAfterOrEqualTo(Instant.parse(delivery));
        r = Api.act("wang.fang", id, "resolve", r, "\"reply\":\"序列号核对无误，证书有效。\"");
        assertThat(targets(r).get("DELIVERY").getString("state")).isEqualTo("MET");
        Mailbox.await("qian.lei@ggwater.example.cn", m -> m.body().contains("序列号核对无误"));
    }

    @Test
    void theWatchWarnsTheResponsiblePersonThenEscalatesABreachOnce() throws Exception {
        TestDatabase.execute("UPDATE sla_policy SET escalation_recipients = 'director@donghu-atc.example.cn' WHERE tenant_id = "
                + "(SELECT id FROM tenant WHERE slug = 'donghu-atc')");
        JsonObject r = Api.json(Api.call("POST", "/api/v1/requests", "li.na",
                request("ICP-MS 数据疑问", "\"contactEmail\":\"qian.lei@ggwater.example.cn\""))).getJsonObject("request");
        String id = r.getString("id");
        String number = r.getString("number");
        r = Api.act("li.na", id, "acknowledge", r, "\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\","
                + "\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\"");
        Api.act("li.na", id, "assign", r, "\"assignee\":\"wang.fang\"");
        Mailbox.await("wang.fang@donghu-atc.example.cn", m -> m.subject().contains(number));

        // The first response's warning time has come.
        TestDatabase.execute("UPDATE request_sla SET warn_at = now() - interval '1 minute' WHERE request_id = '" + id
                + "' AND kind = 'FIRST_RESPONSE'");
        Mailbox.Mail warning = Mailbox.await("wang.fang@donghu-atc.example.cn",
                m -> m.subject().contains(number) && m.subject().contains("即将超时"));
        assertThat(warning.subject()).contains("首次响应");
        assertThat(state(id, "FIRST_RESPONSE")).isEqualTo("AT_RISK");

        // Then it is due: the responsible person and the escalation recipients hear of it, once.
        TestDatabase.execute("UPDATE request_sla SET due_at = now() - interval '1 second' WHERE request_id = '" + id
                + "' AND kind = 'FIRST_RESPONSE'");
        Mailbox.await("director@donghu-atc.example.cn", m -> m.subject().contains(number));
        Mailbox.await("wang.fang@donghu-atc.example.cn", m -> m.subject().contains(number)
                && m.subject().contains("已超时"));
        assertThat(state(id, "FIRST_RESPONSE")).isEqualTo("BREACHED");
        twoMoreRoundsOfTheWatch();
        assertThat(Mailbox.to("director@donghu-atc.example.cn")).filteredOn(m -> m.subject().contains(number))
                .hasSize(1);
        assertThat(Mailbox.to("wang.fang@donghu-atc.example.cn"))
                .filteredOn(m -> m.subject().contains(number) && m.subject().contains("超时")).hasSize(2);
    }

    @Test
    void oneRoundOfTheWatchWarnsEachInstitutionInItsOwnLanguageAndTimeZone() throws Exception {
        JsonObject hengzhun = Api.json(Api.call("GET", "/api/v1/tenant", "chen.jie", null));
        Api.call("PUT", "/api/v1/tenant", "chen.jie", jakarta.json.Json.createObjectBuilder(hengzhun)
                .add("locale", "en").add("timeZone", "Asia/Urumqi").build().toString());
        try {
            String donghuId = assigned("li.na", "zhang.wei", "wang.fang", "东湖的预警");
            String hengzhunId = assigned("liu.yang", "chen.jie", "liu.yang", "Hengzhun's warning");
            // Both come due in the same round of the one watch that serves every institution.
            TestDatabase.execute("UPDATE request_sla SET warn_at = now() - interval '1 minute' WHERE kind = "
                    + "'FIRST_RESPONSE' AND request_id IN ('" + donghuId + "', '" + hengzhunId + "')");
            String donghuNumber = number(donghuId);
            String hengzhunNumber = number(hengzhunId);
            Mailbox.Mail zh = Mailbox.await("wang.fang@donghu-atc.example.cn",
                    m -> m.subject().contains(donghuNumber) && m.subject().contains("即将超时"));
            String liuYang = TestDatabase.value("SELECT email FROM tenant_member WHERE username = 'liu.yang'");
            Mailbox.Mail en = Mailbox.await(liuYang,
                    m -> m.subject().contains(hengzhunNumber) && m.subject().contains("At risk"));
            assertThat(zh.subject()).contains(due(donghuId, "Asia/Shanghai"));
            assertThat(en.subject()).contains(due(hengzhunId, "Asia/Urumqi"));
            assertThat(zh.body()).contains("东湖的预警").doesNotContain("Hengzhun's warning");
            assertThat(en.body()).contains("Hengzhun's warning").doesNotContain("东湖的预警");
        } finally {
            JsonObject now = Api.json(Api.call("GET", "/api/v1/tenant", "chen.jie", null));
            Api.call("PUT", "/api/v1/tenant", "chen.jie", jakarta.json.Json.createObjectBuilder(hengzhun)
                    .add("version", now.getJsonNumber("version")).build().toString());
        }
    }

    /** A request recorded by {@code desk}, acknowledged, and assigned by {@code admin} to {@code assignee}. */
    private static String assigned(String desk, String admin, String assignee, String subject) throws Exception {
        JsonObject r = Api.json(Api.call("POST", "/api/v1/requests", desk,
                request(subject, "\"contactPhone\":\"13800004444\""))).getJsonObject("request");
        r = Api.act(desk, r.getString("id"), "acknowledge", r, "\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\","
                + "\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\"");
        Api.act(admin, r.getString("id"), "assign", r, "\"assignee\":\"" + assignee + "\"");
        return r.getString("id");
    }

    private static String number(String requestId) throws Exception {
        return TestDatabase.value("SELECT number FROM service_request WHERE id = '" + requestId + "'");
    }

    /** The first response's due time as the institution's clock shows it. */
    private static String due(String requestId, String zone) throws Exception {
        return TestDatabase.value("SELECT to_char(due_at AT TIME ZONE '" + zone + "', 'YYYY-MM-DD HH24:MI') FROM "
                + "request_sla WHERE kind = 'FIRST_RESPONSE' AND request_id = '" + requestId + "'");
    }

    @Test
    void whileNobodyIsResponsibleTheDeskIsWarned() throws Exception {
        JsonObject r = Api.json(Api.call("POST", "/api/v1/requests", "li.na",
                request("尚未受理的咨询", "\"contactPhone\":\"13800002222\""))).getJsonObject("request");
        TestDatabase.execute("UPDATE request_sla SET warn_at = now() - interval '1 minute' WHERE request_id = '"
                + r.getString("id") + "' AND kind = 'ACKNOWLEDGE'");
        Mailbox.Mail warning = Mailbox.await("li.na@donghu-atc.example.cn",
                m -> m.subject().contains(r.getString("number")) && m.subject().contains("即将超时"));
        assertThat(warning.subject()).contains("受理");
        assertThat(state(r.getString("id"), "ACKNOWLEDGE")).isEqualTo("AT_RISK");
    }

    /**
     * Returns once the SLA watch has run at least twice more: each round is seen by a fresh request's warning that
     * only a round after it was made can send.
     */
    private static void twoMoreRoundsOfTheWatch() throws Exception {
        for (int round = 1; round <= 2; round++) {
            JsonObject marker = Api.json(Api.call("POST", "/api/v1/requests", "li.na",
                    request("看门轮次 " + round, "\"contactPhone\":\"1380000333" + round + "\""))).getJsonObject("request");
            TestDatabase.execute("UPDATE request_sla SET warn_at = now() - interval '1 minute' WHERE request_id = '"
                    + marker.getString("id") + "' AND kind = 'ACKNOWLEDGE'");
            Mailbox.await("li.na@donghu-atc.example.cn", m -> m.subject().contains(marker.getString("number")));
        }
    }

    private static String state(String id, String target) throws Exception {
        return targets(Api.json(Api.call("GET", "/api/v1/requests/" + id, "li.na", null))).get(target)
                .getString("state");
    }

    private static Map<String, JsonObject> targets(JsonObject request) {
        return request.getJsonArray("sla").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(t -> t.getString("target"), t -> t));
    }
}
