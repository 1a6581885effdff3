package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.core.kpi.Period;
import io.labdesk.platform.core.kpi.RequestKpis;
import io.labdesk.platform.core.module.ModuleDashboards;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/kpis/requests}: the institution's service KPIs for a period, and the requests behind each;
 * {@code /api/v1/kpis/modules}: the figures of the modules it runs.
 */
@Path("kpis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KpisResource {

    @Inject
    RequestKpis kpis;

    @Inject
    ModuleDashboards modules;

    @GET
    @Path("requests")
    public RequestKpis.Summary summary(@QueryParam("from") String from, @QueryParam("to") String to) {
        return kpis.summary(period(from, to));
    }

    /** The requests a number counts ({@code facet}, narrowed by {@code value}), personal data masked. */
    @GET
    @Path("requests/behind")
    public List<RequestsResource.Summary> behind(@QueryParam("from") String from, @QueryParam("to") String to,
                                                 @QueryParam("facet") String facet, @QueryParam("value") String value) {
        RequestKpis.Facet f;
        try {
            f = RequestKpis.Facet.valueOf(String.valueOf(facet));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(Map.of("facet", "validation.facet"));
        }
        return kpis.behind(period(from, to), f, value, 1000).stream()
                .map(r -> RequestsResource.Summary.of(r, List.of())).toList();
    }

    /** The figures of the modules the institution runs, for the same period. */
    @GET
    @Path("modules")
    public List<ModuleDashboards.Shown> modules(@QueryParam("from") String from, @QueryParam("to") String to) {
        return modules.of(period(from, to));
    }

    private static Period period(String from, String to) {
        try {
            return new Period(LocalDate.parse(String.valueOf(from)), LocalDate.parse(String.valueOf(to)));
        } catch (DateTimeParseException e) {
            throw new InvalidInput(Map.of("to", "validation.period"));
        }
    }
}
