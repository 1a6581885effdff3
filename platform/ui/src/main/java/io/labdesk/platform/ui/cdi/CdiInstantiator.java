package io.labdesk.platform.ui.cdi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import io.labdesk.platform.ui.i18n.LabDeskTranslations;

/**
 * Flow's instantiator backed by CDI: route targets, layouts and components Flow creates get their services by
 * {@code @Inject}. This is LabDesk's own small bridge in place of the vaadin-cdi add-on.
 */
public class CdiInstantiator extends DefaultInstantiator {

    private final CdiObjectFactory objects;
    private final I18NProvider translations = new LabDeskTranslations();

    public CdiInstantiator(VaadinService service, CdiObjectFactory objects) {
        super(service);
        this.objects = objects;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return objects.create(type);
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        return objects.create(componentClass);
    }

    @Override
    public I18NProvider getI18NProvider() {
        return translations;
    }
}
