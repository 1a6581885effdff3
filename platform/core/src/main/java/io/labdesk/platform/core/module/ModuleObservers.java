package io.labdesk.platform.core.module;

import io.labdesk.platform.api.event.TenantEvent;
import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.core.tenant.TenantContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Silences the observers of a module for tenants that have not enabled it. A CDI extension: it learns the
 * modules' packages from their descriptors and wraps every observer method declared there, so that a module
 * cannot forget the check. The tenant is the event's own ({@link TenantEvent}) or else the one bound to the thread;
 * events outside any tenant (start-up) reach every module.
 */
public class ModuleObservers implements Extension {

    private final Set<String> modulePackages = ConcurrentHashMap.newKeySet();

    <T extends LabDeskModule> void module(@Observes ProcessAnnotatedType<T> type) {
        if (!type.getAnnotatedType().getJavaClass().isInterface()) {
            modulePackages.add(type.getAnnotatedType().getJavaClass().getPackageName());
        }
    }

    <T, X> void observer(@Observes ProcessObserverMethod<T, X> event) {
        ObserverMethod<T> original = event.getObserverMethod();
        Class<?> declaring = original.getBeanClass();
        if (declaring == null || !inModule(declaring.getPackageName())) {
            return;
        }
        event.configureObserverMethod().notifyWith(context -> {
            if (delivers(declaring, context)) {
                original.notify(context);
            }
        });
    }

    private boolean inModule(String name) {
        return modulePackages.stream().anyMatch(base -> InstalledModules.within(name, base));
    }

    private static boolean delivers(Class<?> declaring, EventContext<?> context) {
        Object payload = context.getEvent();
        Optional<UUID> tenant = payload instanceof TenantEvent tenantEvent && tenantEvent.tenantId() != null
                ? Optional.of(tenantEvent.tenantId()) : TenantContext.currentTenantId();
        if (tenant.isEmpty() || tenant.get().equals(TenantContext.NO_TENANT)) {
            return true;
        }
        InstalledModules installed = CDI.current().select(InstalledModules.class).get();
        ModuleStates states = CDI.current().select(ModuleStates.class).get();
        return installed.owner(declaring).map(module -> states.enabledIn(tenant.get(), module)).orElse(true);
    }
}
