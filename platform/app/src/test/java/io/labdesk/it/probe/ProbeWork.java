package io.labdesk.it.probe;

import io.labdesk.platform.api.data.TenantStore;
import io.labdesk.platform.api.module.BackgroundWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The probe's background work: once per institution that runs it, it notes that it ran there. */
@ApplicationScoped
public class ProbeWork implements BackgroundWork {

    @Inject
    TenantStore store;

    @Override
    public String name() {
        return "the probe's tick";
    }

    @Override
    public int run() {
        long ticks = ((Number) store.entityManager().createNativeQuery("SELECT count(*) FROM probe_note WHERE kind = "
                + "'tick'").getSingleResult()).longValue();
        if (ticks > 0) {
            return 0;
        }
        store.entityManager().persist(new ProbeNote("tick", "background"));
        return 1;
    }
}
