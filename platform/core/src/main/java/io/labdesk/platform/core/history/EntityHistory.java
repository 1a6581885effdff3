package io.labdesk.platform.core.history;

import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** The history Hibernate Envers keeps of audited entities: each state an entity had, with who made it and when. */
@ApplicationScoped
public class EntityHistory {

    /** One state of an entity: the revision that made it, whether it was added, changed or removed, and its values. */
    public record State<T>(Revision revision, RevisionType type, T entity) {
    }

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    /** The states of the current tenant's entity {@code id}, oldest first (any staff role). */
    @Transactional
    public <T> List<State<T>> of(Class<T> type, Object id) {
        currentTenant.requireAny(TenantRole.values());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(tenantData.em()).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream().map(r -> new State<>((Revision) r[1], (RevisionType) r[2], type.cast(r[0]))).toList();
    }
}
