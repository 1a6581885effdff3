package io.labdesk.platform.ui.cdi;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Unmanaged;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes objects the way CDI would: a class that is a CDI bean comes from its context (so an application-scoped
 * service stays one instance); any other class is created as a non-contextual instance, with its {@code @Inject}
 * fields, constructor and methods satisfied and {@code @PostConstruct} called. Views need no CDI annotation.
 */
public final class CdiObjectFactory implements Serializable {

    private final transient BeanManager beanManager;
    private final transient Map<Class<?>, Unmanaged<?>> unmanaged = new ConcurrentHashMap<>();

    public CdiObjectFactory(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    public <T> T create(Class<T> type) {
        Set<Bean<?>> beans = beanManager.getBeans(type);
        if (!beans.isEmpty()) {
            @SuppressWarnings("unchecked")
            Bean<T> bean = (Bean<T>) beanManager.resolve(beans);
            CreationalContext<T> context = beanManager.createCreationalContext(bean);
            return type.cast(beanManager.getReference(bean, type, context));
        }
        @SuppressWarnings("unchecked")
        Unmanaged<T> factory = (Unmanaged<T>) unmanaged.computeIfAbsent(type,
                t -> new Unmanaged<>(beanManager, t));
        return factory.newInstance().produce().inject().postConstruct().get();
    }
}
