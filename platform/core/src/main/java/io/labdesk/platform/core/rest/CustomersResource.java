package io.labdesk.platform.core.rest;

import io.labdesk.platform.core.customer.Customer;
import io.labdesk.platform.core.customer.Customers;
import io.labdesk.platform.core.customer.PersonalData;
import io.labdesk.platform.core.request.ServiceRequests;
import io.labdesk.platform.core.tenant.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** {@code /api/v1/customers}: the institution's customers; lists masked, one customer in full (logged). */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {

    @Inject
    Customers customers;

    @Inject
    ServiceRequests requests;

    @GET
    public List<Listed> list(@QueryParam("q") String text, @QueryParam("offset") @DefaultValue("0") int offset,
                             @QueryParam("limit") @DefaultValue("50") int limit) {
        return customers.page(text, Math.max(0, offset), Math.max(1, Math.min(limit, 500))).stream()
                .map(l -> new Listed(l.customer().id(), l.customer().organisation(),
                        PersonalData.maskName(l.customer().contactName()), PersonalData.maskPhone(l.customer().phone()),
                        PersonalData.maskEmail(l.customer().email()), l.requests())).toList();
    }

    @GET
    @Path("{id}")
    public Detail get(@PathParam("id") UUID id) {
        Customer c = customers.open(id).orElseThrow(() -> new NotFound("customer", id));
        return new Detail(c.id(), c.organisation(), c.contactName(), c.phone(), c.email(), c.createdAt().toString(),
                requests.ofCustomer(id).stream().map(r -> RequestsResource.Summary.of(r, List.of())).toList());
    }

    public record Listed(UUID id, String organisation, String contactName, String phone, String email, long requests) {
    }

    public record Detail(UUID id, String organisation, String contactName, String phone, String email,
                         String since, List<RequestsResource.Summary> requests) {
    }
}
