package io.labdesk.platform.ui.requests;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.labdesk.platform.core.request.RequestSheet;
import io.labdesk.platform.core.request.ServiceRequest;
import jakarta.enterprise.inject.spi.CDI;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** "Export to Excel" for any list of requests, with the columns and words the user sees; contacts stay masked. */
public final class RequestExportLink {

    private RequestExportLink() {
    }

    /** {@code zone} is kept for callers; the sheet uses the institution's zone, as every page does. */
    public static Anchor of(Component translator, ZoneId zone, Supplier<List<ServiceRequest>> rows, String fileBase) {
        String sheetName = translator.getTranslation("nav.requests");
        Locale locale = UI.getCurrent().getLocale();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // Looked up at download time: the link is a static part of several views, the sheet a bean of the core.
            CDI.current().select(RequestSheet.class).get().write(out, sheetName, rows.get(), locale);
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
}
