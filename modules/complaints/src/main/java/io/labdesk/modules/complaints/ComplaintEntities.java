package io.labdesk.modules.complaints;

import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.platform.api.module.ModuleEntities;
import java.util.List;

/** The module's entities, announced as a Java service (see META-INF/services). */
public class ComplaintEntities implements ModuleEntities {

    @Override
    public List<Class<?>> entities() {
        return List.of(Complaint.class);
    }
}
