package io.labdesk.it.probe;

import io.labdesk.platform.api.module.ModuleEntities;
import java.util.List;

/** The probe's entities, announced as a Java service. */
public class ProbeEntities implements ModuleEntities {

    @Override
    public List<Class<?>> entities() {
        return List.of(ProbeNote.class);
    }
}
