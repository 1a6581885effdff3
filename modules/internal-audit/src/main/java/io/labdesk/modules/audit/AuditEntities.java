package io.labdesk.modules.audit;

import io.labdesk.modules.audit.domain.Area;
import io.labdesk.modules.audit.domain.Audit;
import io.labdesk.modules.audit.domain.ChecklistItem;
import io.labdesk.modules.audit.domain.Criterion;
import io.labdesk.modules.audit.domain.Finding;
import io.labdesk.modules.audit.domain.HandledRecord;
import io.labdesk.modules.audit.domain.Programme;
import io.labdesk.platform.api.module.ModuleEntities;
import java.util.List;

/** The module's entities, announced as a Java service (see META-INF/services). */
public class AuditEntities implements ModuleEntities {

    @Override
    public List<Class<?>> entities() {
        return List.of(Area.class, Criterion.class, Programme.class, Audit.class, ChecklistItem.class, Finding.class,
                HandledRecord.class);
    }
}
