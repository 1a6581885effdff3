package io.labdesk.testkit;

import io.labdesk.launcher.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** The test run's database, read as PostgreSQL's superuser: what is really stored, past every application rule. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The first column of the first row, or null when there is none. */
    public static String value(String query) throws Exception {
        try (Connection c = TestEnvironment.database().superuserConnection(EmbeddedDatabase.DATABASE);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Changes what is stored behind the application's back (e.g. to move a deadline into the past). */
    public static void execute(String statement) throws Exception {
        try (Connection c = TestEnvironment.database().superuserConnection(EmbeddedDatabase.DATABASE);
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
