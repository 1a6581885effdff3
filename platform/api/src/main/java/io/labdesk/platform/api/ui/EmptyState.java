package io.labdesk.platform.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * What an empty list shows instead of nothing: that it is empty and what to do next (optionally a button or link
 * doing it). Also used for a form the user may not submit: what is missing and whom to ask. Texts come translated.
 * Carries the class {@code labdesk-empty} for the theme and tests.
 */
public class EmptyState extends Div {

    public EmptyState(String what, String next, Component... actions) {
        addClassName("labdesk-empty");
        Span headline = new Span(what);
        headline.addClassName("labdesk-empty-what");
        add(headline);
        if (next != null && !next.isBlank()) {
            Span hint = new Span(next);
            hint.addClassName("labdesk-empty-next");
            add(hint);
        }
        if (actions.length > 0) {
            Div row = new Div(actions);
            row.addClassName("labdesk-empty-actions");
            add(row);
        }
    }

    /** Puts the empty state into {@code grid}, shown by the grid whenever it has no rows; returns it. */
    public static EmptyState in(Grid<?> grid, String what, String next, Component... actions) {
        EmptyState state = new EmptyState(what, next, actions);
        grid.setEmptyStateComponent(state);
        return state;
    }
}
