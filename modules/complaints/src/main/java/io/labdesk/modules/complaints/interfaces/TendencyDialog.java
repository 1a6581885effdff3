package io.labdesk.modules.complaints.interfaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.labdesk.modules.complaints.application.ComplaintFiles;
import io.labdesk.modules.complaints.domain.ComplaintFigures;
import io.labdesk.platform.api.capa.CorrectiveActions;
import io.labdesk.platform.api.ui.Feedback;
import java.time.LocalDate;
import java.util.Map;

/** The complaints a dashboard figure counts become a preventive action, with what the manager observed. */
public class TendencyDialog extends Dialog {

    TendencyDialog(ComplaintFiles files, DialogParts forms, LocalDate from, LocalDate until,
                   ComplaintFigures.Facet facet, String value) {
        setHeaderTitle(forms.t("为此趋势提出预防措施", "Raise a preventive action for this tendency"));
        TextArea observation = new TextArea(forms.t("观察到的问题（可选）", "What you observe (optional)"));
        observation.setId("tendency-observation");
        observation.setWidth("36rem");
        Button raise = new Button(forms.t("提出", "Raise"), e -> {
            CorrectiveActions.Summary[] raised = new CorrectiveActions.Summary[1];
            if (forms.attempt(Map.of("observation", observation), () -> raised[0] = files.raiseForTendency(from, until,
                    facet, value, observation.getValue()))) {
                close();
                Feedback.done(forms.t("已提出预防措施 ", "Preventive action raised: ") + raised[0].number());
            }
        });
        raise.setId("save-tendency");
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(forms.t("下列投诉将作为依据记入纠正与预防措施登记册。",
                "The complaints listed go into the register of corrective and preventive actions as its grounds.")),
                observation);
        getFooter().add(new Button(forms.t("取消", "Cancel"), e -> close()), raise);
    }
}
