package io.labdesk.modules.complaints.it;

import io.labdesk.testkit.IsolationRecords;
import java.util.List;
import java.util.UUID;

/** A complaint and a reply template for the platform's isolation tests: the demo has none. */
public class ComplaintRecords implements IsolationRecords {

    @Override
    public List<String> statements(UUID tenant) {
        return List.of(
                "INSERT INTO complaint (id, tenant_id, number, channel, subject_kind, repeatable, named_staff, "
                        + "performed_by, complainant_name, description, received_at, recorded_by, status) SELECT "
                        + "gen_random_uuid(), '" + tenant + "', 'CP-2000-0001', 'PHONE', 'OTHER', true, '', '', "
                        + "'seed', 'isolation', now(), 'test', 'RECEIVED' WHERE NOT EXISTS (SELECT 1 FROM complaint "
                        + "WHERE tenant_id = '" + tenant + "' AND number = 'CP-2000-0001')",
                "INSERT INTO complaint_reply_template (id, tenant_id, language, body) SELECT gen_random_uuid(), '"
                        + tenant + "', 'xx', 'isolation' WHERE NOT EXISTS (SELECT 1 FROM complaint_reply_template "
                        + "WHERE tenant_id = '" + tenant + "' AND language = 'xx')");
    }
}
