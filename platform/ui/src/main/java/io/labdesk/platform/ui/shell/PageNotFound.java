package io.labdesk.platform.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist for this user: a mistyped address, or a module view of a module the institution does
 * not run. Shown inside the staff layout, so the navigation stays at hand.
 */
@ParentLayout(MainLayout.class)
public class PageNotFound extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("labdesk-page");
        H2 title = new H2(getTranslation("page.notFound"));
        title.setId("page-not-found");
        add(title, new Paragraph(getTranslation("page.notFound.hint")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
