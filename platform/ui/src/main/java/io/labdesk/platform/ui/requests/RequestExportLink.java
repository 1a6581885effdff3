package io.labdesk.platform.ui.requests;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.labdesk.platform.core.export.Spreadsheet;
import io.labdesk.platform.core.customer.PersonalData;
import io.labdesk.platform.core.request.ServiceRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** "Export to Excel" for any list of requests, with the columns and words the user sees; contacts stay masked. */
public final class RequestExportLink {

    private RequestExportLink() {
    }

    public static Anchor of(Component translator, ZoneId zone, Supplier<List<ServiceRequest>> rows, String fileBase) {
        List<Spreadsheet.Column<ServiceRequest>> columns = List.of(
                column(translator, "request.number", ServiceRequest::number),
                column(translator, "request.subject", ServiceRequest::subject),
                column(translator, "request.type", ServiceRequest::typeCode),
                column(translator, "request.priority",
                        r -> translator.getTranslation("request.priority." + r.priority().name())),
                column(translator, "request.emergencyShort", r -> r.emergency() ? "✓" : ""),
                column(translator, "request.channel",
                        r -> translator.getTranslation("request.channel." + r.channel().name())),
                column(translator, "request.status",
                        r -> translator.getTranslation("request.status." + r.status().name())),
                column(translator, "request.organisation", ServiceRequest::customerOrganisation),
                column(translator, "request.contactName", r -> PersonalData.maskName(r.contactName())),
                column(translator, "request.assignee", ServiceRequest::assignee),
                column(translator, "request.receivedAt", r -> LocalDateTime.ofInstant(r.receivedAt(), zone)),
                column(translator, "request.agreedDeliveryAt", r -> r.agreedDeliveryAt() == null ? null
                        : LocalDateTime.ofInstant(r.agreedDeliveryAt(), zone)));
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Spreadsheet.write(out, translator.getTranslation("nav.requests"), columns, rows.get());
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    fileBase + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    bytes.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD.create());
        link.add(translator.getTranslation("export.xlsx"));
        link.setId("export-xlsx");
        link.addClassName("labdesk-export");
        return link;
    }

    private static Spreadsheet.Column<ServiceRequest> column(Component translator, String key,
                                                            Function<ServiceRequest, Object> value) {
        return new Spreadsheet.Column<>(translator.getTranslation(key), value);
    }
}
