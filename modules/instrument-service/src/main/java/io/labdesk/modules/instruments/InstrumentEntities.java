package io.labdesk.modules.instruments;

import io.labdesk.modules.instruments.domain.Instrument;
import io.labdesk.modules.instruments.domain.InstrumentPart;
import io.labdesk.modules.instruments.domain.MaintenancePlan;
import io.labdesk.modules.instruments.domain.ServiceCase;
import io.labdesk.platform.api.module.ModuleEntities;
import java.util.List;

/** The module's entities, announced as a Java service (see META-INF/services). */
public class InstrumentEntities implements ModuleEntities {

    @Override
    public List<Class<?>> entities() {
        return List.of(Instrument.class, InstrumentPart.class, ServiceCase.class, MaintenancePlan.class);
    }
}
