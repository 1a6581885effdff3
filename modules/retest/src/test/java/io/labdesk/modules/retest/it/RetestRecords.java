package io.labdesk.modules.retest.it;

import io.labdesk.testkit.IsolationRecords;
import java.util.List;
import java.util.UUID;

/** A retest case with one item and a catalogue entry, for the platform's isolation tests. */
public class RetestRecords implements IsolationRecords {

    @Override
    public List<String> statements(UUID tenant) {
        String seeded = "(SELECT id FROM retest_case WHERE tenant_id = '" + tenant + "' AND number = 'RT-2000-0001')";
        return List.of(
                "INSERT INTO retest_case (id, tenant_id, number, origin, customer_name, customer_language, "
                        + "report_number, report_date, claim, status, eligibility, opened_at, opened_by) SELECT "
                        + "gen_random_uuid(), '" + tenant + "', 'RT-2000-0001', 'CUSTOMER', 'seed', 'zh-CN', "
                        + "'R-2000', DATE '2000-01-01', 'isolation', 'RECEIVED', 'ELIGIBLE', now(), 'test' WHERE NOT "
                        + "EXISTS " + seeded,
                "INSERT INTO retest_item (id, tenant_id, case_id, position, test_item, unit, original_value) SELECT "
                        + "gen_random_uuid(), '" + tenant + "', " + seeded + ", 1, 'isolation', 'mg', 1 WHERE NOT "
                        + "EXISTS (SELECT 1 FROM retest_item WHERE case_id = " + seeded + ")",
                "INSERT INTO retest_cause (id, tenant_id, code, position, name_zh, name_en, cause_class) SELECT "
                        + "gen_random_uuid(), '" + tenant + "', 'ISOLATION', 99, '隔离', 'isolation', 'NEGOTIATED' "
                        + "WHERE NOT EXISTS (SELECT 1 FROM retest_cause WHERE tenant_id = '" + tenant
                        + "' AND code = 'ISOLATION')");
    }
}
