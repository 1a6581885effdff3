package io.labdesk.platform.ui.requests;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import io.labdesk.platform.core.module.ModuleRequestSections;
import java.util.List;
import java.util.Locale;

/**
 * The sections modules add to a request's page, one under the other: the module's title, its records about the
 * request as links into its views, and its link to start a new one. Ids follow the module ({@code module-section-probe}).
 */
final class ModuleSections extends Div {

    ModuleSections(List<ModuleRequestSections.Shown> sections, Locale locale) {
        setId("module-sections");
        for (ModuleRequestSections.Shown shown : sections) {
            Div section = new Div(new H3(shown.title().in(locale)));
            section.setId("module-section-" + shown.module());
            section.addClassName("labdesk-module-section");
            for (var entry : shown.entries()) {
                Div line = new Div(new Anchor(entry.link(), entry.title()));
                if (entry.detail() != null && !entry.detail().isBlank()) {
                    Span detail = new Span(" · " + entry.detail());
                    detail.addClassName("labdesk-hint");
                    line.add(detail);
                }
                section.add(line);
            }
            shown.start().ifPresent(start -> {
                Anchor link = new Anchor(start.link(), start.label().in(locale));
                link.setId("module-start-" + shown.module());
                section.add(new Div(link));
            });
            add(section);
        }
    }
}
