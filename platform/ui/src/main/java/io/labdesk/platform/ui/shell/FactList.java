package io.labdesk.platform.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Labelled facts in two columns (label, value), as a record's page shows them; an empty value shows "—". */
public class FactList extends Div {

    public FactList() {
        addClassName("labdesk-facts");
    }

    /** Adds a fact; the value's element gets {@code id} when given, for tests and links. */
    public FactList add(String label, String value, String id) {
        Span l = new Span(label);
        l.addClassName("labdesk-fact-label");
        Span v = new Span(value == null || value.isEmpty() ? "—" : value);
        if (id != null) {
            v.setId(id);
        }
        add(l, v);
        return this;
    }
}
