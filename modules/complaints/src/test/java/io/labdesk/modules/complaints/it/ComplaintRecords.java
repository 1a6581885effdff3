package io.labdesk.modules.complaints.it;

import io.labdesk.testkit.IsolationRecords;
import java.util.List;
import java.util.UUID;

/** A complaint for the platform's isolation tests: the demo has none. */
public class ComplaintRecords implements IsolationRecords {

    @Override
    public List<String> statements(UUID tenant) {
        return List.of(
                "INSERT INTO complaint (id, tenant_id, number, channel, subject_kind, repeatable, named_staff, "
                        + "performed_by, complainant_name, description, received_at, recorded_by, status) SELECT "
                        + "gen_random_uuid(), '" + tenant + "', 'CP-2000-0001', 'PHONE', 'OTHER', true, '', '', "
                        + "'seed', 'isolation', now(), 'test', 'RECEIVED' WHERE NOT EXISTS (SELECT 1 FROM complaint "
                        + "WHERE tenant_id = '" + tenant + "' AND number = 'CP-2000-0001')");
    }
}
