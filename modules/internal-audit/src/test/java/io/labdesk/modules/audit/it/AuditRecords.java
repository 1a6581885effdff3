package io.labdesk.modules.audit.it;

import io.labdesk.testkit.IsolationRecords;
import java.util.List;
import java.util.UUID;

/** An area, a criterion, a programme with an audit, its checklist item and finding, a handled record: isolation rows. */
public class AuditRecords implements IsolationRecords {

    @Override
    public List<String> statements(UUID tenant) {
        String t = "'" + tenant + "'";
        String programme = "(SELECT id FROM audit_programme WHERE tenant_id = " + t + " AND programme_year = 2000)";
        String audit = "(SELECT id FROM audit_audit WHERE tenant_id = " + t + " AND number = 'IA-2000-0001')";
        String item = "(SELECT id FROM audit_checklist_item WHERE audit_id = " + audit + " AND position = 1)";
        return List.of(
                "INSERT INTO audit_area (id, tenant_id, code, name, staff) SELECT gen_random_uuid(), " + t
                        + ", 'ISOLATION', 'isolation', '' WHERE NOT EXISTS (SELECT 1 FROM audit_area WHERE tenant_id = "
                        + t + " AND code = 'ISOLATION')",
                "INSERT INTO audit_criterion (id, tenant_id, number, title, question) SELECT gen_random_uuid(), " + t
                        + ", 'ISOLATION', 'isolation', 'isolation?' WHERE NOT EXISTS (SELECT 1 FROM audit_criterion "
                        + "WHERE tenant_id = " + t + " AND number = 'ISOLATION')",
                "INSERT INTO audit_programme (id, tenant_id, programme_year, status, revision, created_by) SELECT "
                        + "gen_random_uuid(), " + t + ", 2000, 'DRAFT', 1, 'test' WHERE NOT EXISTS " + programme,
                "INSERT INTO audit_audit (id, tenant_id, programme_id, number, title, planned_year, planned_month, "
                        + "clauses, areas, period_from, period_until, status, created_at) SELECT gen_random_uuid(), " + t
                        + ", " + programme + ", 'IA-2000-0001', 'isolation', 2000, 1, '8.8', '', DATE '1999-01-01', "
                        + "DATE '1999-12-31', 'PLANNED', now() WHERE NOT EXISTS " + audit,
                "INSERT INTO audit_checklist_item (id, tenant_id, audit_id, position, clause, question) SELECT "
                        + "gen_random_uuid(), " + t + ", " + audit + ", 1, '8.8', 'isolation?' WHERE NOT EXISTS "
                        + "(SELECT 1 FROM audit_checklist_item WHERE audit_id = " + audit + ")",
                "INSERT INTO audit_finding (id, tenant_id, audit_id, number, item_id, clause, grade, statement, "
                        + "evidence, status, raised_by, raised_at) SELECT gen_random_uuid(), " + t + ", " + audit + ", "
                        + "'IA-2000-0001-01', " + item + ", '8.8', 'OBSERVATION', 'isolation', 'isolation', 'CLOSED', "
                        + "'test', now() WHERE NOT EXISTS (SELECT 1 FROM audit_finding WHERE audit_id = " + audit + ")",
                "INSERT INTO audit_handled_record (id, tenant_id, source_module, subject_id, reference, username, "
                        + "handled_at) SELECT gen_random_uuid(), " + t + ", 'isolation', gen_random_uuid(), 'isolation', "
                        + "'test', now() WHERE NOT EXISTS (SELECT 1 FROM audit_handled_record WHERE tenant_id = " + t
                        + " AND source_module = 'isolation')");
    }
}
