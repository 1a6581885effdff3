package io.labdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.testkit.Api;
import io.labdesk.testkit.LabDeskDeployment;
import io.labdesk.testkit.TestDatabase;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Customers are kept per institution: found again by e-mail or phone, listed masked, opened in full and logged. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LabDeskDeployment.war();
    }

    private static String request(String organisation, String contact) {
        return """
                {"type":"CONSULTATION","channel":"PHONE","subject":"检测周期咨询","description":"常规水质全分析需要几天？",
                 "organisation":"%s","contactName":"何静",%s}""".formatted(organisation, contact);
    }

    @Test
    void aCustomerIsFoundAgainByEmailOrPhoneAndHoldsTheirRequests() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String organisation = "黄鹤楼环境检测 " + tag;
        JsonObject first = Api.json(Api.call("POST", "/api/v1/requests", "li.na",
                request(organisation, "\"contactEmail\":\"he.jing." + tag + "@hhl.example.cn\""))).getJsonObject("request");
        // The same person writes again with the address in capitals and a phone number.
        JsonObject second = Api.json(Api.call("POST", "/api/v1/requests", "li.na", request(organisation,
                "\"contactEmail\":\"HE.JING." + tag.toUpperCase() + "@HHL.EXAMPLE.CN\",\"contactPhone\":\"13911112222\"")))
                .getJsonObject("request");

        var listed = Api.array(Api.call("GET", "/api/v1/customers?q=" + tag, "li.na", null)).getValuesAs(JsonObject.class);
        assertThat(listed).singleElement().satisfies(c -> {
            assertThat(c.getInt("requests")).isEqualTo(2);
            assertThat(c.getString("contactName")).isEqualTo("何*");
            assertThat(c.getString("email")).isEqualTo("h***@hhl.example.cn");
            assertThat(c.getString("phone")).isEqualTo("139****2222");
        });
        String id = listed.get(0).getString("id");
        String viewsBefore = TestDatabase.value("SELECT count(*) FROM security_event WHERE kind = 'PERSONAL_DATA_VIEWED' "
                + "AND subject = 'customer:" + id + "'");

        JsonObject customer = Api.json(Api.call("GET", "/api/v1/customers/" + id, "li.na", null));
        assertThat(customer.getString("contactName")).isEqualTo("何静");
        assertThat(customer.getString("phone")).isEqualTo("13911112222");
        assertThat(customer.getJsonArray("requests").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("number"))
                .containsExactly(second.getString("number"), first.getString("number"));
        assertThat(TestDatabase.value("SELECT count(*) FROM security_event WHERE kind = 'PERSONAL_DATA_VIEWED' "
                + "AND subject = 'customer:" + id + "'")).isEqualTo(String.valueOf(Long.parseLong(viewsBefore) + 1));

        // By phone alone, too.
        Api.call("POST", "/api/v1/requests", "li.na", request(organisation, "\"contactPhone\":\"13911112222\""));
        assertThat(Api.json(Api.call("GET", "/api/v1/customers/" + id, "li.na", null)).getJsonArray("requests"))
                .hasSize(3);
        // Another institution does not know them.
        assertThat(Api.call("GET", "/api/v1/customers/" + id, "liu.yang", null).statusCode()).isEqualTo(404);
    }
}
