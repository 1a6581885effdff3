package io.labdesk.platform.core.staff;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.file.RecordFiles;
import io.labdesk.platform.api.identity.Qualifications;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.TenantData;
import io.labdesk.platform.core.tenant.TenantMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff members' trainings, qualifications and yearly assessments, with their certificates as record files; kept
 * by the tenant admin and the managers who authorise staff, and asked by modules through {@link Qualifications}.
 */
@ApplicationScoped
public class StaffTraining implements Qualifications {

    /** The owner of certificate files in the record-file store. */
    public static final String FILES = "staff-training";

    private static final TenantRole[] KEEPERS = {TenantRole.TENANT_ADMIN, TenantRole.QUALITY_MANAGER,
            TenantRole.TECHNICAL_MANAGER};
    private static final TenantRole[] READERS = {TenantRole.TENANT_ADMIN, TenantRole.QUALITY_MANAGER,
            TenantRole.TECHNICAL_MANAGER, TenantRole.DIRECTOR, TenantRole.SUPERVISOR};

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantSettings settings;

    @Inject
    RecordFiles files;

    /** The member's records, newest first; another institution's member is not found. */
    @Transactional
    public List<TrainingRecord> of(UUID memberId) {
        currentTenant.requireAny(READERS);
        member(memberId);
        return tenantData.em().createQuery("SELECT t FROM TrainingRecord t WHERE t.memberId = :m "
                        + "ORDER BY t.heldOn DESC, t.title", TrainingRecord.class)
                .setParameter("m", memberId).getResultList();
    }

    @Transactional
    public TrainingRecord add(UUID memberId, TrainingRules.Entry entry) {
        currentTenant.requireAny(KEEPERS);
        member(memberId);
        check(entry);
        TrainingRecord record = new TrainingRecord(memberId, entry, currentTenant.actor(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        tenantData.em().persist(record);
        return record;
    }

    /** Corrects a record; {@code version} must be the one read, else nothing changes (409). */
    @Transactional
    public TrainingRecord change(UUID memberId, UUID recordId, TrainingRules.Entry entry, long version) {
        currentTenant.requireAny(KEEPERS);
        TrainingRecord record = record(memberId, recordId);
        if (record.version() != version) {
            throw new ConcurrentEdit("This training record");
        }
        check(entry);
        record.change(entry);
        try {
            tenantData.em().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit("This training record");
        }
        return record;
    }

    /** Keeps a certificate (PDF, image) with the record, checked as every record file is. */
    @Transactional
    public RecordFiles.StoredFile attachCertificate(UUID memberId, UUID recordId, String fileName, byte[] content) {
        currentTenant.requireAny(KEEPERS);
        record(memberId, recordId);
        return files.attach(FILES, recordId, fileName, content);
    }

    @Transactional
    public List<RecordFiles.StoredFile> certificates(UUID memberId, UUID recordId) {
        currentTenant.requireAny(READERS);
        record(memberId, recordId);
        return files.of(FILES, recordId);
    }

    @Transactional
    public Optional<RecordFiles.Content> certificate(UUID memberId, UUID recordId, UUID fileId) {
        currentTenant.requireAny(READERS);
        record(memberId, recordId);
        return files.content(FILES, recordId, fileId);
    }

    @Override
    @Transactional
    public Optional<Qualification> valid(String username, Kind kind, LocalDate on) {
        if (username == null || kind == null || on == null) {
            return Optional.empty();
        }
        return qualifications(kind, on).stream().filter(q -> q.username().equals(username)).findFirst();
    }

    @Override
    @Transactional
    public List<Qualification> holders(Kind kind, LocalDate on) {
        return qualifications(kind, on);
    }

    /** Qualifications of a kind that end within {@code days} from today, for the warnings. */
    @Transactional
    public List<Qualification> expiring(int days) {
        LocalDate today = today();
        return tenantData.em().createQuery("SELECT t, m FROM TrainingRecord t, TenantMember m WHERE m.id = t.memberId "
                        + "AND m.active = true AND t.validUntil >= :today AND t.validUntil <= :until", Object[].class)
                .setParameter("today", today).setParameter("until", today.plusDays(days)).getResultStream()
                .filter(r -> ((TrainingRecord) r[0]).validOn(today))
                .map(r -> qualification((TrainingRecord) r[0], (TenantMember) r[1]))
                .sorted(Comparator.comparing(Qualification::validUntil)).toList();
    }

    /**
     * A record from a tenant definition (the demo institutions), without a role check, stored once: a record of the
     * same member, kind, title and date is left as it is, and so is one of a member no longer there.
     */
    @Transactional
    public void seed(String username, TrainingRules.Entry entry) {
        Optional<TenantMember> member = tenantData.em().createQuery("SELECT m FROM TenantMember m WHERE "
                + "m.username = :u", TenantMember.class).setParameter("u", username).getResultStream().findFirst();
        if (member.isEmpty()) {
            return;
        }
        Map<String, String> problems = TrainingRules.problems(entry, LocalDate.MAX);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("training of " + username + ": " + problems);
        }
        boolean known = !tenantData.em().createQuery("SELECT t.id FROM TrainingRecord t WHERE t.memberId = :m "
                        + "AND t.kind = :k AND t.title = :title AND t.heldOn = :on", UUID.class)
                .setParameter("m", member.get().id()).setParameter("k", entry.kind())
                .setParameter("title", entry.title().strip()).setParameter("on", entry.heldOn())
                .getResultList().isEmpty();
        if (!known) {
            tenantData.em().persist(new TrainingRecord(member.get().id(), entry, "system",
                    Instant.now().truncatedTo(ChronoUnit.MICROS)));
        }
    }

    private List<Qualification> qualifications(Kind kind, LocalDate on) {
        return tenantData.em().createQuery("SELECT t, m FROM TrainingRecord t, TenantMember m WHERE m.id = t.memberId "
                        + "AND m.active = true AND t.kind = :k ORDER BY m.username, t.validUntil DESC NULLS FIRST",
                        Object[].class)
                .setParameter("k", kind).getResultStream()
                .filter(r -> ((TrainingRecord) r[0]).validOn(on))
                .map(r -> qualification((TrainingRecord) r[0], (TenantMember) r[1]))
                // One per person: the one lasting longest.
                .collect(java.util.stream.Collectors.toMap(Qualification::username, q -> q, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
    }

    private static Qualification qualification(TrainingRecord t, TenantMember m) {
        return new Qualification(m.username(), t.kind(), t.title(), t.heldOn(), t.validUntil(), t.assessedBy());
    }

    private void check(TrainingRules.Entry entry) {
        Map<String, String> problems = TrainingRules.problems(entry, today());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private TenantMember member(UUID memberId) {
        return tenantData.em().createQuery("SELECT m FROM TenantMember m WHERE m.id = :id", TenantMember.class)
                .setParameter("id", memberId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("member", memberId));
    }

    private TrainingRecord record(UUID memberId, UUID recordId) {
        return tenantData.em().createQuery("SELECT t FROM TrainingRecord t WHERE t.id = :id AND t.memberId = :m",
                        TrainingRecord.class).setParameter("id", recordId).setParameter("m", memberId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("training record", recordId));
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of(settings.current().timeZone()));
    }
}
