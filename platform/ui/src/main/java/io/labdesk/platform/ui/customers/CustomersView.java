package io.labdesk.platform.ui.customers;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.labdesk.platform.api.ui.EmptyState;
import io.labdesk.platform.core.customer.Customers;
import io.labdesk.platform.core.customer.PersonalData;
import io.labdesk.platform.ui.shell.MainLayout;
import jakarta.inject.Inject;

/** The institution's customers, contacts masked; opening one shows it in full (and logs that). */
@Route(value = "customers", layout = MainLayout.class)
public class CustomersView extends Div implements HasDynamicTitle {

    @Inject
    public CustomersView(Customers customers) {
        addClassName("labdesk-page");
        TextField search = new TextField();
        search.setId("customer-search");
        search.setPlaceholder(getTranslation("customers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);

        Grid<Customers.Listed> grid = new Grid<>();
        grid.setId("customer-grid");
        grid.addColumn(l -> l.customer().organisation()).setHeader(getTranslation("request.organisation"))
                .setFlexGrow(2);
        grid.addColumn(l -> PersonalData.maskName(l.customer().contactName()))
                .setHeader(getTranslation("request.contactName")).setAutoWidth(true);
        grid.addColumn(l -> PersonalData.maskPhone(l.customer().phone()))
                .setHeader(getTranslation("request.contactPhone")).setAutoWidth(true);
        grid.addColumn(l -> PersonalData.maskEmail(l.customer().email()))
                .setHeader(getTranslation("request.contactEmail")).setAutoWidth(true);
        grid.addColumn(Customers.Listed::requests).setHeader(getTranslation("customers.requests")).setAutoWidth(true);
        grid.setDataProvider(new CallbackDataProvider<>(
                q -> customers.page(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(customers.count(search.getValue()), Integer.MAX_VALUE)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CustomerView.class,
                new RouteParameters("customerId", e.getItem().customer().id().toString()))));
        grid.setHeight("70vh");
        EmptyState.in(grid, getTranslation("customers.empty"), getTranslation("customers.empty.next"));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("nav.customers")), search, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customers") + " · LabDesk";
    }
}
