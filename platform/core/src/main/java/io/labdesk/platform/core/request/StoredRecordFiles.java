package io.labdesk.platform.core.request;

import io.labdesk.platform.api.file.RecordFiles;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link RecordFiles} in {@code record_file}, checked as the request form checks its files. */
@ApplicationScoped
public class StoredRecordFiles implements RecordFiles {

    private static final String COLUMNS = "id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile attach(String module, UUID subjectId, String fileName, byte[] content) {
        Attachments.Upload checked = Attachments.check(List.of(new Attachments.Upload(fileName, null,
                content == null ? new byte[0] : content))).get(0);
        StoredFile file = new StoredFile(UUID.randomUUID(), checked.fileName(), checked.contentType(),
                checked.content().length, Attachments.sha256(checked.content()), currentTenant.actor(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        tenantData.em().createNativeQuery("INSERT INTO record_file (id, tenant_id, module, subject_id, file_name, "
                        + "content_type, size_bytes, sha256, content, uploaded_by, uploaded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, file.id()).setParameter(2, currentTenant.id().orElseThrow()).setParameter(3, module)
                .setParameter(4, subjectId).setParameter(5, file.fileName()).setParameter(6, file.contentType())
                .setParameter(7, file.sizeBytes()).setParameter(8, file.sha256()).setParameter(9, checked.content())
                .setParameter(10, file.uploadedBy()).setParameter(11, file.uploadedAt()).executeUpdate();
        return file;
    }

    @Override
    @Transactional
    public List<StoredFile> of(String module, UUID subjectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = tenantData.em().createNativeQuery("SELECT " + COLUMNS + " FROM record_file WHERE "
                        + "module = ? AND subject_id = ? ORDER BY uploaded_at, file_name", Object[].class)
                .setParameter(1, module).setParameter(2, subjectId).getResultList();
        return rows.stream().map(r -> new StoredFile((UUID) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), (String) r[4], (String) r[5], instant(r[6]))).toList();
    }

    @Override
    @Transactional
    public Optional<Content> content(String module, UUID subjectId, UUID fileId) {
        Optional<?> row = tenantData.em().createNativeQuery("SELECT file_name, content_type, content FROM record_file "
                        + "WHERE module = ? AND subject_id = ? AND id = ?", Object[].class)
                .setParameter(1, module).setParameter(2, subjectId).setParameter(3, fileId)
                .getResultStream().findFirst();
        return row.map(r -> (Object[]) r).map(r -> new Content((String) r[0], (String) r[1], (byte[]) r[2]));
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
    }
}
