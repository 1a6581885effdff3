package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.Keycloak;
import io.labdesk.testkit.LabDeskDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two people change the same record at the same moment, from two threads with the version both read: one change
 * goes through, the other is told of the conflict (409) — never both stored, never a server error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentEditsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    @Test
    void aRequestAcknowledgedTwiceAtOnce() throws Exception {
        JsonObject r = Api.json(Api.call("POST", "/api/v1/requests", "li.na", """
                {"type":"CONSULTATION","channel":"PHONE","subject":"同时受理","description":"两人同时受理同一请求。",
                 "contactName":"郑涛","contactPhone":"13800138071"}""")).getJsonObject("request");
        String path = "/api/v1/requests/" + r.getString("id") + "/actions/acknowledge";
        String body = "{\"agreedFollowUpAt\":\"2099-01-10T02:00:00Z\",\"agreedDeliveryAt\":\"2099-01-09T09:00:00Z\","
                + "\"version\":" + r.getJsonNumber("version") + "}";
        assertThat(atOnce("POST", path, "li.na", body, "POST", path, "zhang.wei", body)).containsExactly(200, 409);
    }

    @Test
    void aMembersRolesChangedByTwoAdminsAtOnce() throws Exception {
        JsonObject liNa = Api.array(Api.call("GET", "/api/v1/members", "zhang.wei", null)).getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("username").equals("li.na")).findFirst().orElseThrow();
        String path = "/api/v1/members/" + liNa.getString("id") + "/roles";
        String version = ",\"version\":" + liNa.getJsonNumber("version") + "}";
        try {
            assertThat(atOnce("PUT", path, "zhang.wei", "{\"roles\":[\"CUSTOMER_SERVICE\",\"FOLLOW_UP\",\"SUPERVISOR\"]"
                    + version, "PUT", path, "zhang.wei", "{\"roles\":[\"CUSTOMER_SERVICE\",\"FOLLOW_UP\",\"TESTER\"]"
                    + version)).containsExactly(200, 409);
        } finally {
            JsonObject now = Api.array(Api.call("GET", "/api/v1/members", "zhang.wei", null))
                    .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("username").equals("li.na"))
                    .findFirst().orElseThrow();
            Api.call("PUT", path, "zhang.wei", "{\"roles\":[\"CUSTOMER_SERVICE\",\"FOLLOW_UP\"],\"version\":"
                    + now.getJsonNumber("version") + "}");
        }
    }

    @Test
    void theInstitutionsSettingsChangedTwiceAtOnce() throws Exception {
        JsonObject settings = Api.json(Api.call("GET", "/api/v1/tenant", "chen.jie", null));
        long version = settings.getJsonNumber("version").longValue();
        try {
            assertThat(atOnce("PUT", "/api/v1/tenant", "chen.jie", with(settings, "Asia/Urumqi", version),
                    "PUT", "/api/v1/tenant", "chen.jie", with(settings, "Asia/Harbin", version)))
                    .containsExactly(200, 409);
        } finally {
            JsonObject now = Api.json(Api.call("GET", "/api/v1/tenant", "chen.jie", null));
            Api.call("PUT", "/api/v1/tenant", "chen.jie", with(settings, settings.getString("timeZone"),
                    now.getJsonNumber("version").longValue()));
        }
    }

    @Test
    void aLetterWordedForTheFirstTimeByTwoPeopleAtOnce() throws Exception {
        Api.switchModule("chen.jie", "complaints", true);
        String path = "/api/v1/letter-templates/complaints/reply/en";
        JsonObject wording = Api.json(Api.call("GET", path, "zhao.min", null));
        if (wording.getJsonNumber("version").longValue() != 0) {
            Api.call("DELETE", path + "?version=" + wording.getJsonNumber("version"), "zhao.min", null);
        }
        String body = wording.getString("body");
        try {
            assertThat(atOnce("PUT", path, "zhao.min", rewording(body + "\n\nOne.", 0), "PUT", path, "chen.jie",
                    rewording(body + "\n\nTwo.", 0))).containsExactly(200, 409);
        } finally {
            JsonObject now = Api.json(Api.call("GET", path, "zhao.min", null));
            Api.call("DELETE", path + "?version=" + now.getJsonNumber("version"), "zhao.min", null);
        }
    }

    @Test
    void aCorrectiveActionPlannedTwiceAtOnce() throws Exception {
        JsonObject action = Api.json(Api.call("POST", "/api/v1/actions", "zhang.wei",
                "{\"kind\":\"PREVENTIVE\",\"problem\":\"两人同时制定计划\",\"reference\":\"concurrency\"}"));
        String path = "/api/v1/actions/" + action.getString("id") + "/plan";
        String due = java.time.LocalDate.now().plusDays(30).toString();
        String version = ",\"owner\":\"wang.fang\",\"dueOn\":\"" + due + "\",\"version\":"
                + action.getJsonNumber("version") + "}";
        assertThat(atOnce("PUT", path, "zhang.wei", "{\"rootCause\":\"培训不足\"" + version, "PUT", path, "zhang.wei",
                "{\"rootCause\":\"程序不清\"" + version)).containsExactly(200, 409);
    }

    /** Both calls sent together once both are ready; their statuses, sorted. */
    private static List<Integer> atOnce(String verb1, String path1, String user1, String body1, String verb2,
                                        String path2, String user2, String body2) throws Exception {
        HttpRequest first = request(verb1, path1, Keycloak.accessToken(user1), body1);
        HttpRequest second = request(verb2, path2, Keycloak.accessToken(user2), body2);
        HttpClient client = HttpClient.newHttpClient();
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        // Two threads of their own: the common pool may have only one on a small machine.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<HttpResponse<String>> answers;
        try {
            Future<HttpResponse<String>> one = threads.submit(() -> send(client, first, ready, go));
            Future<HttpResponse<String>> two = threads.submit(() -> send(client, second, ready, go));
            ready.await();
            go.countDown();
            answers = List.of(one.get(2, TimeUnit.MINUTES), two.get(2, TimeUnit.MINUTES));
        } finally {
            threads.shutdownNow();
        }
        return answers.stream().map(a -> {
            assertThat(a.statusCode()).as(a.body()).isIn(200, 409);
            return a.statusCode();
        }).sorted().toList();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request, CountDownLatch ready,
                                             CountDownLatch go) {
        try {
            ready.countDown();
            go.await();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest request(String verb, String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create(LabDeskDeployment.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .method(verb, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String with(JsonObject settings, String timeZone, long version) {
        return Json.createObjectBuilder(settings).add("timeZone", timeZone).add("version", version).build().toString();
    }

    private static String rewording(String body, long version) {
        return Json.createObjectBuilder().add("body", body).add("version", version).build().toString();
    }
}
