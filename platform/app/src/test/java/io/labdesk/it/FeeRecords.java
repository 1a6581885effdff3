package io.labdesk.it;

import io.labdesk.testkit.IsolationRecords;
import java.util.List;
import java.util.UUID;

/**
 * The platform's quotes, refunds and letter wordings for the isolation tests: the demo institutions have none, and
 * each test must find them whether or not a module's test made some first.
 */
public class FeeRecords implements IsolationRecords {

    @Override
    public List<String> statements(UUID tenant) {
        String t = "'" + tenant + "'";
        return List.of(
                "INSERT INTO quote (id, tenant_id, number, source_module, source_id, source_reference, currency, total, "
                        + "status, issued_at, issued_by) SELECT gen_random_uuid(), " + t + ", 'QT-2000-0001', 'test', "
                        + "gen_random_uuid(), 'isolation', 'CNY', 1, 'AWAITING_ANSWER', now(), 'test' WHERE NOT EXISTS "
                        + "(SELECT 1 FROM quote WHERE tenant_id = " + t + " AND number = 'QT-2000-0001')",
                "INSERT INTO quote_line (id, tenant_id, quote_id, position, description, quantity, unit_price) SELECT "
                        + "gen_random_uuid(), tenant_id, id, 1, 'isolation', 1, 1 FROM quote WHERE tenant_id = " + t
                        + " AND number = 'QT-2000-0001' AND NOT EXISTS (SELECT 1 FROM quote_line l WHERE l.quote_id "
                        + "= quote.id)",
                "INSERT INTO refund (id, tenant_id, number, source_module, source_id, source_reference, amount, "
                        + "currency, reason, status, owed_since, owed_by) SELECT gen_random_uuid(), " + t
                        + ", 'RF-2000-0001', 'test', gen_random_uuid(), 'isolation', 1, 'CNY', 'isolation', 'OWED', "
                        + "now(), 'test' WHERE NOT EXISTS (SELECT 1 FROM refund WHERE tenant_id = " + t
                        + " AND number = 'RF-2000-0001')",
                "INSERT INTO record_counter (tenant_id, kind, year, last_number) VALUES (" + t + ", 'QT', 2000, 1) "
                        + "ON CONFLICT DO NOTHING",
                "INSERT INTO letter_template (id, tenant_id, module, name, language, body) SELECT gen_random_uuid(), "
                        + t + ", 'test', 'isolation', 'en', 'isolation' WHERE NOT EXISTS (SELECT 1 FROM letter_template "
                        + "WHERE tenant_id = " + t + " AND module = 'test')");
    }
}
