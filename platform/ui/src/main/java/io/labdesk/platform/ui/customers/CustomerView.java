package io.labdesk.platform.ui.customers;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.core.customer.Customer;
import io.labdesk.platform.core.customer.Customers;
import io.labdesk.platform.core.request.ServiceRequest;
import io.labdesk.platform.core.request.ServiceRequests;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantSettings;
import io.labdesk.platform.ui.requests.RequestView;
import io.labdesk.platform.ui.shell.MainLayout;
import io.labdesk.platform.ui.shell.RouteIds;
import jakarta.inject.Inject;
import java.util.Optional;

/** One customer in full (the view is logged) and every request they filed. */
@Route(value = "customers/:customerId", layout = MainLayout.class)
public class CustomerView extends Div implements BeforeEnterObserver {

    private final Customers customers;
    private final ServiceRequests requests;
    private final Tenant tenant;

    @Inject
    public CustomerView(Customers customers, ServiceRequests requests, TenantSettings settings) {
        this.customers = customers;
        this.requests = requests;
        this.tenant = settings.current();
        addClassName("labdesk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Customer> customer;
        try {
            customer = RouteIds.uuid(event, "customerId").flatMap(customers::open);
        } catch (AccessDenied e) {
            customer = Optional.empty();
        }
        if (customer.isEmpty()) {
            H2 notFound = new H2(getTranslation("error.notFound"));
            notFound.setId("not-found");
            add(notFound);
            return;
        }
        Customer c = customer.get();
        H2 title = new H2(c.organisation() == null ? c.contactName() : c.organisation() + " · " + c.contactName());
        title.setId("customer-title");
        Div facts = new Div();
        facts.addClassName("labdesk-facts");
        fact(facts, "request.contactName", c.contactName());
        fact(facts, "request.contactPhone", c.phone());
        fact(facts, "request.contactEmail", c.email());
        fact(facts, "customers.since", tenant.localTime(c.createdAt()));

        Grid<ServiceRequest> grid = new Grid<>();
        grid.setId("customer-requests");
        grid.addColumn(ServiceRequest::number).setHeader(getTranslation("request.number")).setAutoWidth(true);
        grid.addColumn(ServiceRequest::subject).setHeader(getTranslation("request.subject")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("request.status." + r.status().name()))
                .setHeader(getTranslation("request.status")).setAutoWidth(true);
        grid.addColumn(r -> tenant.localTime(r.receivedAt())).setHeader(getTranslation("request.receivedAt"))
                .setAutoWidth(true);
        grid.setItems(requests.ofCustomer(c.id()));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RequestView.class,
                new RouteParameters("requestId", e.getItem().id().toString()))));
        add(title, facts, new H3(getTranslation("customers.requests")), grid);
    }

    private void fact(Div facts, String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("labdesk-fact-label");
        facts.add(label, new Span(value == null || value.isEmpty() ? "—" : value));
    }
}
