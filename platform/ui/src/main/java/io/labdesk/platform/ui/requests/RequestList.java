package io.labdesk.platform.ui.requests;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import io.labdesk.platform.api.ui.EmptyState;
import io.labdesk.platform.core.request.ServiceRequest;
import io.labdesk.platform.core.tenant.Tenant;

/** A short list of requests (number, subject, status, received) whose rows open the request. */
public class RequestList extends Grid<ServiceRequest> {

    public RequestList(Tenant tenant) {
        addColumn(ServiceRequest::number).setHeader(getTranslation("request.number")).setAutoWidth(true);
        addColumn(ServiceRequest::subject).setHeader(getTranslation("request.subject")).setFlexGrow(1);
        addColumn(r -> getTranslation("request.status." + r.status().name()))
                .setHeader(getTranslation("request.status")).setAutoWidth(true);
        addColumn(r -> tenant.localTime(r.receivedAt())).setHeader(getTranslation("request.receivedAt"))
                .setAutoWidth(true);
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RequestView.class,
                new RouteParameters("requestId", e.getItem().id().toString()))));
        setAllRowsVisible(true);
        EmptyState.in(this, getTranslation("queue.listEmpty"), null);
    }
}
