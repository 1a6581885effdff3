package io.labdesk.modules.surveys.interfaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import io.labdesk.modules.surveys.domain.Item;
import io.labdesk.modules.surveys.domain.RatingScale;
import java.util.List;
import java.util.stream.Collectors;

/** A questionnaire's current version as the customer will see it: each question, its points or options, required or not. */
class QuestionnairePreview extends Dialog {

    QuestionnairePreview(Words words, List<Item> items, String name) {
        setId("survey-questionnaire-preview");
        setHeaderTitle(name);
        setWidth("40rem");
        OrderedList list = new OrderedList();
        for (Item item : items) {
            String answers = switch (item.kind()) {
                case RATING -> RatingScale.POINTS.stream().map(words::of).collect(Collectors.joining(" · "));
                case RECOMMENDATION -> "0 " + words.of(RatingScale.UNLIKELY) + " … 10 " + words.of(RatingScale.LIKELY);
                case YES_NO -> words.of(RatingScale.YES) + " / " + words.of(RatingScale.NO);
                case CHOICE -> item.options().stream().map(o -> words.of(o.label())).collect(Collectors.joining(" · "));
                case TEXT -> words.t("文字", "Text");
            };
            Span hint = new Span(answers);
            hint.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
            list.add(new ListItem(new Span(words.of(item.wording()) + (item.required() ? " *" : "")), hint));
        }
        add(list);
        getFooter().add(new Button(words.t("关闭", "Close"), e -> close()));
    }
}
