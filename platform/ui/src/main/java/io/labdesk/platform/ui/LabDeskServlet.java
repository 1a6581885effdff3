package io.labdesk.platform.ui;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.labdesk.platform.ui.cdi.CdiInstantiator;
import io.labdesk.platform.ui.cdi.CdiObjectFactory;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/** The staff UI. Everything not claimed by a more specific servlet (REST, health) is served by Vaadin. */
@WebServlet(urlPatterns = "/*", name = "LabDeskUI", asyncSupported = true)
public class LabDeskServlet extends VaadinServlet {

    @Inject
    transient BeanManager beanManager;

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
