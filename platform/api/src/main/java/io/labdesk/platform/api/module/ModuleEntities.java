package io.labdesk.platform.api.module;

import java.util.List;

/**
 * The JPA entities a module brings (each extending {@code TenantOwned}, its table from the module's own changelog).
 * The persistence unit is built before CDI runs, so this is found as a Java service: list the implementing class in
 * the module JAR's {@code META-INF/services/io.labdesk.platform.api.module.ModuleEntities}. Its entities then live in
 * the platform's persistence unit, reached through {@link io.labdesk.platform.api.data.TenantStore}.
 */
public interface ModuleEntities {

    List<Class<?>> entities();
}
