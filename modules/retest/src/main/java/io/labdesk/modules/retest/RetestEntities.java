package io.labdesk.modules.retest;

import io.labdesk.modules.retest.domain.CatalogueEntry;
import io.labdesk.modules.retest.domain.RetestCase;
import io.labdesk.modules.retest.domain.RetestItem;
import io.labdesk.platform.api.module.ModuleEntities;
import java.util.List;

/** The module's entities, announced as a Java service (see META-INF/services). */
public class RetestEntities implements ModuleEntities {

    @Override
    public List<Class<?>> entities() {
        return List.of(RetestCase.class, RetestItem.class, CatalogueEntry.class);
    }
}
