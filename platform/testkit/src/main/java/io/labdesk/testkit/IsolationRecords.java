package io.labdesk.testkit;

import java.util.List;
import java.util.ServiceLoader;
import java.util.UUID;

/**
 * A module's rows in one institution, for the platform's isolation tests: they give both demo institutions these rows
 * before checking that no table and no entity of one institution shows in the other, so a module's tables are
 * checked with data in them rather than empty. A module implements it in its tests and lists the class in
 * {@code src/test/resources/META-INF/services/io.labdesk.testkit.IsolationRecords}. The class alone is deployed for
 * the tests inside the server, so it uses nothing but the JDK and this interface.
 */
public interface IsolationRecords {

    /**
     * SQL statements that give the institution at least one row in each of the module's tenant-owned tables. They run
     * as PostgreSQL's superuser and as the application's role under that institution's row-level security, more than
     * once per test run: each inserts only what is missing.
     */
    List<String> statements(UUID tenant);

    /** Every module's statements for the institution, as the test run finds them. */
    static List<String> all(UUID tenant) {
        return ServiceLoader.load(IsolationRecords.class, IsolationRecords.class.getClassLoader()).stream()
                .flatMap(records -> records.get().statements(tenant).stream()).toList();
    }
}
