package io.labdesk.modules.instruments.interfaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.labdesk.modules.instruments.InstrumentServiceModule;
import io.labdesk.modules.instruments.application.Instruments;
import io.labdesk.modules.instruments.domain.Instrument;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.ui.Attempt;
import io.labdesk.platform.api.ui.EmptyState;
import io.labdesk.platform.api.ui.Feedback;
import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * The register of customers' instruments: searched by serial number, model, customer or place, with the warranty as
 * of today; exported and imported as an Excel workbook in the same columns.
 */
public class InstrumentsView extends Div {

    private final Instruments instruments;
    private final Words words;
    private final TextField search = new TextField();
    private final Grid<Instrument> grid = new Grid<>();

    @jakarta.inject.Inject
    public InstrumentsView(Instruments instruments, TenantModules modules, WorkingTime workingTime) {
        this.instruments = instruments;
        this.words = new Words(workingTime.zone());
        setId("instruments-view");
        addClassName("labdesk-page");
        add(new H2(words.t("仪器档案", "Instruments")), new Paragraph(words.t(
                "客户仪器的型号、序列号、购买与安装日期、所在地和保修期；更换件自安装之日起单独保修。",
                "Customers' instruments with model, serial number, purchase and installation dates, place and "
                        + "warranty; a fitted part has its own warranty from the day it was fitted.")));
        search.setId("instruments-search");
        search.setPlaceholder(words.t("序列号、型号、客户或所在地", "Serial number, model, customer or place"));
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(search);
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] sheet = instruments.export(getLocale());
            return new DownloadResponse(new ByteArrayInputStream(sheet), "instruments.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet.length);
        }), words.t("导出 Excel", "Export to Excel"));
        export.setId("instruments-export");
        bar.add(export);
        if (modules.permitted(InstrumentServiceModule.REGISTER)) {
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                Attempt.run(Map.of(), () -> {
                    Instruments.Imported imported = instruments.importSheet(new ByteArrayInputStream(bytes));
                    Feedback.done(words.t("已导入 " + imported.added() + " 台仪器；已有档案 "
                                    + imported.alreadyOnRecord().size() + " 台未改动。",
                            imported.added() + " instruments imported; " + imported.alreadyOnRecord().size()
                                    + " already on record left as they were."));
                    refresh();
                });
            }));
            upload.setId("instruments-import");
            upload.setMaxFiles(1);
            upload.setAcceptedFileTypes(".xlsx");
            upload.setUploadButton(new Button(words.t("从 Excel 导入", "Import from Excel"), VaadinIcon.UPLOAD.create()));
            upload.setDropLabel(new Span(words.t("列：型号、序列号、客户、购买日期……", "Columns: Model, Serial number, "
                    + "Customer, Purchase date …")));
            bar.add(upload);
        }
        add(bar);
        grid.setId("instruments-grid");
        grid.addColumn(Instrument::serialNumber).setHeader(words.t("序列号", "Serial number")).setAutoWidth(true);
        grid.addColumn(Instrument::model).setHeader(words.t("型号", "Model")).setAutoWidth(true);
        grid.addColumn(i -> i.customerOrganisation() == null ? i.customerName()
                : i.customerOrganisation() + " · " + i.customerName()).setHeader(words.t("客户", "Customer"))
                .setFlexGrow(1);
        grid.addColumn(i -> i.place() == null ? "" : i.place()).setHeader(words.t("所在地", "Place")).setFlexGrow(1);
        grid.addColumn(i -> i.purchaseDate() == null ? "—" : i.purchaseDate().toString())
                .setHeader(words.t("购买日期", "Purchased")).setAutoWidth(true);
        grid.addColumn(i -> i.warrantyMonths() + words.t(" 个月", " months")).setHeader(words.t("保修期", "Warranty"))
                .setAutoWidth(true);
        EmptyState.in(grid, words.t("还没有仪器档案。", "No instruments on record."), words.t(
                "从 Excel 导入销售记录，或通过接口逐台登记。", "Import the sales records from Excel, or register them one by one "
                        + "over the API."));
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(instruments.search(search.getValue(), 200));
    }
}
