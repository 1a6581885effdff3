package io.labdesk.platform.core.offboarding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What of the database belongs to tenants, read from PostgreSQL's catalogue rather than listed by hand, so that
 * plug-in modules' tables are exported and deleted like the platform's own.
 */
final class TenantTables {

    private TenantTables() {
    }

    /** Every table with a {@code tenant_id}, by name. */
    static List<String> all(Connection c) throws SQLException {
        return strings(c, """
                SELECT c.relname FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
                WHERE c.relkind = 'r' ORDER BY c.relname""");
    }

    static List<String> columns(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
            s.setString(1, table);
            return strings(s);
        }
    }

    /** {@code tables} ordered so that each comes before the tables its rows' foreign keys point to. */
    static List<String> deletionOrder(Connection c, List<String> tables) throws SQLException {
        Map<String, Set<String>> referencedBy = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT child.relname, parent.relname FROM pg_constraint k
                JOIN pg_class child ON child.oid = k.conrelid
                JOIN pg_class parent ON parent.oid = k.confrelid
                JOIN pg_namespace n ON n.oid = child.relnamespace AND n.nspname = current_schema()
                WHERE k.contype = 'f' AND child.oid <> parent.oid""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                referencedBy.computeIfAbsent(rs.getString(2), k -> new LinkedHashSet<>()).add(rs.getString(1));
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (String table : tables) {
            place(table, tables, referencedBy, placed, order, new LinkedHashSet<>());
        }
        return order;
    }

    /** Places what refers to {@code table} first, then the table. */
    private static void place(String table, List<String> tables, Map<String, Set<String>> referencedBy,
                              Set<String> placed, List<String> order, Set<String> visiting) {
        if (placed.contains(table) || !visiting.add(table)) {
            return;
        }
        for (String child : referencedBy.getOrDefault(table, Set.of())) {
            if (tables.contains(child)) {
                place(child, tables, referencedBy, placed, order, visiting);
            }
        }
        placed.add(table);
        order.add(table);
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            return strings(s);
        }
    }

    private static List<String> strings(PreparedStatement s) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
