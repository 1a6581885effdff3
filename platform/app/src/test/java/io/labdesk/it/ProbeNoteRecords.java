package io.labdesk.it;

import io.labdesk.testkit.IsolationRecords;
import java.util.List;
import java.util.UUID;

/**
 * The probe module's notes for the isolation tests, which it has no demo data for. Kept outside the probe's package,
 * which is deployed as the module.
 */
public class ProbeNoteRecords implements IsolationRecords {

    @Override
    public List<String> statements(UUID tenant) {
        return List.of("INSERT INTO probe_note (id, tenant_id, kind, text, created_at) SELECT gen_random_uuid(), '"
                + tenant + "', 'seed', 'isolation', now() WHERE NOT EXISTS (SELECT 1 FROM probe_note WHERE tenant_id = '"
                + tenant + "' AND kind = 'seed')");
    }
}
