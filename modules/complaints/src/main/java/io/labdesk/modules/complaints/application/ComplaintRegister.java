package io.labdesk.modules.complaints.application;

import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotFoundException;
import java.util.UUID;

/**
 * The institution's complaints as the services read and change them: one by id (not found, also for another
 * institution's), one to change at the version the user saw, and the change written at once so that a concurrent
 * edit shows as such.
 */
@ApplicationScoped
class ComplaintRegister {

    @Inject
    TenantStore store;

    Complaint get(UUID id) {
        Complaint c = store.entityManager().find(Complaint.class, id);
        if (c == null) {
            throw new NotFoundException();
        }
        return c;
    }

    /** The complaint, if it is still at {@code version}. */
    Complaint atVersion(UUID id, long version) {
        Complaint c = get(id);
        if (c.version() != version) {
            throw new ConcurrentEdit("The complaint " + c.number());
        }
        return c;
    }

    Complaint written(Complaint c) {
        try {
            store.entityManager().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit("The complaint " + c.number());
        }
        return c;
    }
}
