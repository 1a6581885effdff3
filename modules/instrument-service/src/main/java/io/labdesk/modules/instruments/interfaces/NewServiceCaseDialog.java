package io.labdesk.modules.instruments.interfaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.labdesk.modules.instruments.application.Instruments;
import io.labdesk.modules.instruments.application.ServiceCases;
import io.labdesk.modules.instruments.domain.Instrument;
import io.labdesk.modules.instruments.domain.ServiceCase;
import io.labdesk.platform.api.ui.Attempt;
import io.labdesk.platform.api.ui.Feedback;
import java.util.Map;
import java.util.function.Consumer;

/** A new service case on a request: the instrument found by serial number or customer, the fault, whether it is down. */
class NewServiceCaseDialog extends Dialog {

    NewServiceCaseDialog(ServiceCases cases, Instruments instruments, Words words, String requestNumber,
                         Consumer<ServiceCase> opened) {
        setHeaderTitle(words.t("开服务单", "Open a service case"));
        setId("new-service-case");
        setWidth("min(36rem, 100vw)");
        TextField request = new TextField(words.t("服务请求编号", "Request number"));
        request.setId("new-service-case-request");
        request.setValue(requestNumber == null ? "" : requestNumber);
        request.setWidthFull();
        ComboBox<Instrument> instrument = new ComboBox<>(words.t("仪器（序列号、型号或客户）",
                "Instrument (serial number, model or customer)"));
        instrument.setId("new-service-case-instrument");
        // The register's search answers the first matches; further pages add nothing.
        instrument.setItems(query -> query.getOffset() > 0 ? java.util.stream.Stream.empty()
                : instruments.search(query.getFilter().orElse(""), query.getLimit()).stream());
        instrument.setItemLabelGenerator(i -> i.serialNumber() + " · " + i.model() + " · " + i.customerName());
        instrument.setWidthFull();
        TextArea fault = new TextArea(words.t("故障或需求", "Fault or what is needed"));
        fault.setId("new-service-case-fault");
        fault.setWidthFull();
        Checkbox down = new Checkbox(words.t("仪器停机", "The instrument is down"));
        down.setId("new-service-case-down");
        Button open = new Button(words.t("开单并告知客户", "Open and tell the customer"), e -> {
            ServiceCase[] made = new ServiceCase[1];
            if (Attempt.run(Map.of("request", request, "instrument", instrument, "fault", fault), () -> made[0] =
                    cases.open(new ServiceCases.NewCase(request.getValue(), instrument.getValue() == null ? null
                            : instrument.getValue().id(), down.getValue(), fault.getValue(), null)))) {
                Feedback.done(words.t("服务单 " + made[0].number() + " 已开。", "Service case " + made[0].number()
                        + " opened."));
                close();
                opened.accept(made[0]);
            }
        });
        open.setId("new-service-case-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new VerticalLayout(request, instrument, fault, down));
        getFooter().add(new Button(words.t("取消", "Cancel"), e -> close()), open);
    }
}
