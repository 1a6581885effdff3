package io.labdesk.platform.ui;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.labdesk.platform.ui.cdi.CdiInstantiator;
import io.labdesk.platform.ui.cdi.CdiObjectFactory;
import io.labdesk.platform.ui.modules.ModuleRoutes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;

/** The staff UI. Everything not claimed by a more specific servlet (REST, health) is served by Vaadin. */
@WebServlet(urlPatterns = "/*", name = "LabDeskUI", asyncSupported = true)
public class LabDeskServlet extends VaadinServlet {

    @Inject
    transient BeanManager beanManager;

    @Inject
    transient ModuleRoutes moduleRoutes;

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        // Before the first navigation of each UI, so that a module's view opens even as the first page.
        getService().addUIInitListener(event -> {
            moduleRoutes.sync(event.getUI());
            event.getUI().addBeforeEnterListener(moduleRoutes::guard);
        });
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        VaadinServletService service = new CdiVaadinService(this, configuration, new CdiObjectFactory(beanManager));
        service.init();
        return service;
    }

    static final class CdiVaadinService extends VaadinServletService {

        private final transient CdiObjectFactory objects;

        CdiVaadinService(VaadinServlet servlet, DeploymentConfiguration configuration, CdiObjectFactory objects) {
            super(servlet, configuration);
            this.objects = objects;
        }

        @Override
        protected Instantiator createInstantiator() {
            return new CdiInstantiator(this, objects);
        }
    }
}
