package io.labdesk.platform.core.schema;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** LabDesk's schema: the platform's Liquibase changelog, then each installed module's, on a schema owner's connection. */
public final class SchemaChangelog {

    /** The platform's own changelog, in the WAR; each module's changelog runs after it, from the module's JAR. */
    public static final String MASTER = "db/changelog/labdesk-master.xml";

    private SchemaChangelog() {
    }

    /** Brings the schema up to date; {@code appRole} is the role that receives the right to read and write data. */
    public static void update(Connection ownerConnection, String appRole, ClassLoader classLoader) throws Exception {
        update(ownerConnection, appRole, classLoader, List.of());
    }

    /** The platform's changelog, then each installed module's own, in the order given. */
    public static void update(Connection ownerConnection, String appRole, ClassLoader classLoader,
                              List<String> moduleChangelogs) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(ownerConnection));
        ChangeLogParameters parameters = new ChangeLogParameters(database);
        parameters.set("app_role", appRole);
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(classLoader),
                Scope.Attr.classLoader.name(), classLoader);
        List<String> changelogs = new ArrayList<>();
        changelogs.add(MASTER);
        changelogs.addAll(moduleChangelogs);
        for (String changelog : changelogs) {
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS, parameters)
                    .execute());
        }
    }
}
