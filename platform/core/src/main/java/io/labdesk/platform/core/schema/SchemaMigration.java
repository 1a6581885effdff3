package io.labdesk.platform.core.schema;

import io.labdesk.platform.core.config.Setting;
import io.labdesk.platform.core.module.InstalledModules;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema up to date when LabDesk is deployed. Liquibase owns every table and runs as the schema
 * owner; the application itself connects as a role that owns nothing and cannot bypass row-level security.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/LabDeskOwnerDS")
    DataSource ownerDataSource;

    @Inject
    InstalledModules modules;

    @PostConstruct
    void migrate() {
        try (Connection connection = ownerDataSource.getConnection()) {
            SchemaChangelog.update(connection, Setting.DB_APP_USER.require(), getClass().getClassLoader(),
                    modules.changelogs());
            LOG.info("Database schema is up to date");
        } catch (Exception e) {
            throw new IllegalStateException("Database schema migration failed: " + e.getMessage(), e);
        }
    }
}
