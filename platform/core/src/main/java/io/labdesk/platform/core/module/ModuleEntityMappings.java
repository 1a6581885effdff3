package io.labdesk.platform.core.module;

import io.labdesk.platform.api.module.ModuleEntities;
import io.labdesk.platform.api.tenant.TenantOwned;
import java.util.logging.Logger;
import org.hibernate.boot.ResourceStreamLocator;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.AdditionalMappingContributions;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.boot.spi.MetadataBuildingContext;

/**
 * Adds plug-in modules' entities to the platform's persistence unit, which otherwise knows only the platform's
 * own JAR. Found by Hibernate as a Java service; finds the modules' {@link ModuleEntities} the same way, through the
 * deployment's class loader.
 */
public class ModuleEntityMappings implements AdditionalMappingContributor {

    private static final Logger LOG = Logger.getLogger(ModuleEntityMappings.class.getName());

    @Override
    public String getContributorName() {
        return "labdesk-modules";
    }

    @Override
    public void contribute(AdditionalMappingContributions contributions, InFlightMetadataCollector metadata,
                           ResourceStreamLocator resourceStreamLocator, MetadataBuildingContext buildingContext) {
        ClassLoaderService classLoaders = buildingContext.getBootstrapContext().getServiceRegistry()
                .requireService(ClassLoaderService.class);
        for (ModuleEntities module : classLoaders.loadJavaServices(ModuleEntities.class)) {
            for (Class<?> entity : module.entities()) {
                if (!TenantOwned.class.isAssignableFrom(entity)) {
                    throw new IllegalStateException("Module entity " + entity.getName()
                            + " must extend TenantOwned: every module table belongs to one tenant");
                }
                if (metadata.getEntityBinding(entity.getName()) == null) {
                    contributions.contributeEntity(entity);
                    LOG.fine(() -> "Module entity " + entity.getName());
                }
            }
        }
    }
}
