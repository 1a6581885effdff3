package io.labdesk.platform.ui.customers;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.core.customer.Customer;
import io.labdesk.platform.core.customer.Customers;
import io.labdesk.platform.core.request.ServiceRequests;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.ui.requests.RequestList;
import io.labdesk.platform.ui.shell.FactList;
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
        FactList facts = new FactList()
                .add(getTranslation("request.contactName"), c.contactName(), null)
                .add(getTranslation("request.contactPhone"), c.phone(), null)
                .add(getTranslation("request.contactEmail"), c.email(), null)
                .add(getTranslation("customers.since"), tenant.localTime(c.createdAt()), null);
        RequestList list = new RequestList(tenant);
        list.setId("customer-requests");
        list.setItems(requests.ofCustomer(c.id()));
        add(title, facts, new H3(getTranslation("customers.requests")), list);
    }
}
