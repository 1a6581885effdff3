package io.labdesk.platform.core.history;

import io.labdesk.platform.core.tenant.TenantContext;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with who acted (the signed-in user, "customer", "system"); the tenant comes with it. */
public class RevisionActor implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).actor(TenantContext.actor());
    }
}
