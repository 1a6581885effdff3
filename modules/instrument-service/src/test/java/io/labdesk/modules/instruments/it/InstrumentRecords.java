package io.labdesk.modules.instruments.it;

import io.labdesk.testkit.IsolationRecords;
import java.util.List;
import java.util.UUID;

/** An instrument with a fitted part, a service case and a maintenance plan, for the platform's isolation tests. */
public class InstrumentRecords implements IsolationRecords {

    @Override
    public List<String> statements(UUID tenant) {
        String seeded = "(SELECT id FROM instrument WHERE tenant_id = '" + tenant + "' AND serial_number = 'ISO-0001')";
        return List.of(
                "INSERT INTO instrument (id, tenant_id, model, serial_number, customer_name, warranty_months, "
                        + "registered_at, registered_by) SELECT gen_random_uuid(), '" + tenant + "', 'isolation', "
                        + "'ISO-0001', 'seed', 12, now(), 'test' WHERE NOT EXISTS " + seeded,
                "INSERT INTO instrument_part (id, tenant_id, instrument_id, name, fitted_on, warranty_months) SELECT "
                        + "gen_random_uuid(), '" + tenant + "', " + seeded + ", 'isolation', DATE '2000-01-01', 3 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM instrument_part WHERE instrument_id = " + seeded + ")",
                "INSERT INTO instrument_service_case (id, tenant_id, number, instrument_id, request_id, request_number, "
                        + "kind, instrument_down, local_area, fault, customer_name, customer_language, opened_at, "
                        + "opened_by, warranty, warranty_basis, chargeable, warranty_reason_zh, warranty_reason_en, "
                        + "status) SELECT gen_random_uuid(), '" + tenant + "', 'IS-2000-0001', " + seeded + ", "
                        + "gen_random_uuid(), 'SR-2000-000001', 'REPAIR', false, false, 'isolation', 'seed', 'zh-CN', "
                        + "now(), 'test', 'NOT_PROVABLE', 'NONE', true, '隔离', 'isolation', 'OPEN' WHERE NOT EXISTS "
                        + "(SELECT 1 FROM instrument_service_case WHERE tenant_id = '" + tenant
                        + "' AND number = 'IS-2000-0001')",
                "INSERT INTO instrument_maintenance_plan (id, tenant_id, instrument_id, every_months, ends_on, "
                        + "planned_by, planned_at) SELECT gen_random_uuid(), '" + tenant + "', " + seeded + ", 6, "
                        + "DATE '2000-12-31', 'test', now() WHERE NOT EXISTS (SELECT 1 FROM "
                        + "instrument_maintenance_plan WHERE instrument_id = " + seeded + ")");
    }
}
