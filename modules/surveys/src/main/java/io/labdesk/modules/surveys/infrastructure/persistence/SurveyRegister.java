package io.labdesk.modules.surveys.infrastructure.persistence;

import io.labdesk.modules.surveys.domain.Answer;
import io.labdesk.modules.surveys.domain.AnswerItem;
import io.labdesk.modules.surveys.domain.Campaign;
import io.labdesk.modules.surveys.domain.ComplaintHold;
import io.labdesk.modules.surveys.domain.FollowUp;
import io.labdesk.modules.surveys.domain.FollowUpStatus;
import io.labdesk.modules.surveys.domain.Invitation;
import io.labdesk.modules.surveys.domain.InvitationStatus;
import io.labdesk.modules.surveys.domain.Questionnaire;
import io.labdesk.modules.surveys.domain.QuestionnaireVersion;
import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The institution's questionnaires, invitations, answers, follow-ups and complaint holds: one record by id (not
 * found, also for another institution's), the one to change at the version the user saw, the due work (the
 * platform runs background work on one server at a time), and the reads behind lists and figures.
 */
@ApplicationScoped
public class SurveyRegister {

    @Inject
    TenantStore store;

    private EntityManager em() {
        return store.entityManager();
    }

    public void add(Object record) {
        em().persist(record);
    }

    /** Writes the change at once, so a concurrent edit shows as such. */
    public void written(String what) {
        try {
            em().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit(what);
        }
    }

    // Questionnaires

    public Optional<Questionnaire> questionnaire(String code) {
        return em().createQuery("SELECT q FROM Questionnaire q WHERE q.code = :c", Questionnaire.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public Questionnaire questionnaire(UUID id) {
        return Optional.ofNullable(em().find(Questionnaire.class, id)).orElseThrow(NotFoundException::new);
    }

    public List<Questionnaire> questionnaires() {
        return em().createQuery("SELECT q FROM Questionnaire q ORDER BY q.code", Questionnaire.class).getResultList();
    }

    /** The questionnaire a request of {@code type} uses: its own, else the one for every type. */
    public Optional<Questionnaire> forRequestType(String type) {
        return em().createQuery("SELECT q FROM Questionnaire q WHERE q.requestType = :t OR q.requestType IS NULL "
                        + "ORDER BY CASE WHEN q.requestType IS NULL THEN 1 ELSE 0 END, q.code", Questionnaire.class)
                .setParameter("t", type == null ? "" : type).setMaxResults(1).getResultStream().findFirst();
    }

    public QuestionnaireVersion version(UUID id) {
        return Optional.ofNullable(em().find(QuestionnaireVersion.class, id)).orElseThrow(NotFoundException::new);
    }

    public QuestionnaireVersion version(UUID questionnaire, int number) {
        return em().createQuery("SELECT v FROM QuestionnaireVersion v WHERE v.questionnaireId = :q AND v.number = :n",
                QuestionnaireVersion.class).setParameter("q", questionnaire).setParameter("n", number)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    public List<QuestionnaireVersion> versions(UUID questionnaire) {
        return em().createQuery("SELECT v FROM QuestionnaireVersion v WHERE v.questionnaireId = :q ORDER BY v.number",
                QuestionnaireVersion.class).setParameter("q", questionnaire).getResultList();
    }

    // Invitations

    public Invitation invitation(UUID id) {
        return findInvitation(id).orElseThrow(NotFoundException::new);
    }

    public Optional<Invitation> findInvitation(UUID id) {
        return Optional.ofNullable(em().find(Invitation.class, id));
    }

    /** The invitation at {@code version}, locked for this transaction (a second answer waits, then sees the first). */
    public Invitation invitationToAnswer(UUID id) {
        return Optional.ofNullable(em().find(Invitation.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(NotFoundException::new);
    }

    public List<Invitation> ofRequest(UUID request) {
        return em().createQuery("SELECT i FROM Invitation i WHERE i.requestId = :r ORDER BY i.createdAt",
                Invitation.class).setParameter("r", request).getResultList();
    }

    /** Scheduled invitations whose moment ({@code sendAt}) has come. */
    public List<Invitation> due(Instant now, int limit) {
        return em().createQuery("SELECT i FROM Invitation i WHERE i.status = :s AND i.sendAt <= :now ORDER BY i.sendAt",
                        Invitation.class).setParameter("s", InvitationStatus.SCHEDULED).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /** Sent invitations still waiting for an answer: to remind or to let expire. */
    public List<Invitation> waiting(int limit) {
        return em().createQuery("SELECT i FROM Invitation i WHERE i.status = :s ORDER BY i.sentAt", Invitation.class)
                .setParameter("s", InvitationStatus.SENT).setMaxResults(limit).getResultList();
    }

    /** When the customer was last sent a survey (another invitation than {@code except}), or null. */
    public Instant lastSurveyed(UUID customer, UUID except) {
        if (customer == null) {
            return null;
        }
        return em().createQuery("SELECT max(i.sentAt) FROM Invitation i WHERE i.customerId = :c AND i.id <> :x",
                Instant.class).setParameter("c", customer).setParameter("x", except).getSingleResult();
    }

    public List<Invitation> invitations(InvitationStatus status, int limit) {
        var query = em().createQuery("SELECT i FROM Invitation i" + (status == null ? "" : " WHERE i.status = :s")
                + " ORDER BY i.createdAt DESC", Invitation.class).setMaxResults(limit);
        return (status == null ? query : query.setParameter("s", status)).getResultList();
    }

    /** Invitations sent in {@code [from, until)}, and of those how many were answered. */
    public long[] sentAndAnswered(Instant from, Instant until) {
        Object[] row = em().createQuery("SELECT count(i), sum(CASE WHEN i.status = :a THEN 1 ELSE 0 END) FROM "
                        + "Invitation i WHERE i.sentAt >= :f AND i.sentAt < :u", Object[].class)
                .setParameter("a", InvitationStatus.ANSWERED).setParameter("f", from).setParameter("u", until)
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue()};
    }

    // Answers

    public Optional<Answer> answerOf(UUID invitation) {
        return em().createQuery("SELECT a FROM Answer a WHERE a.invitationId = :i", Answer.class)
                .setParameter("i", invitation).getResultStream().findFirst();
    }

    public Answer answer(UUID id) {
        return Optional.ofNullable(em().find(Answer.class, id)).orElseThrow(NotFoundException::new);
    }

    public List<AnswerItem> items(UUID answer) {
        return em().createQuery("SELECT i FROM AnswerItem i WHERE i.answerId = :a", AnswerItem.class)
                .setParameter("a", answer).getResultList();
    }

    public List<Answer> answers(Instant from, Instant until, int limit) {
        return em().createQuery("SELECT a FROM Answer a WHERE a.answeredAt >= :f AND a.answeredAt < :u "
                        + "ORDER BY a.answeredAt DESC", Answer.class).setParameter("f", from).setParameter("u", until)
                .setMaxResults(limit).getResultList();
    }

    /** The scores given to item {@code code} in answers of {@code [from, until)}. */
    public List<Integer> scores(String code, Instant from, Instant until) {
        return em().createQuery("SELECT i.score FROM AnswerItem i, Answer a WHERE i.answerId = a.id AND "
                        + "i.itemCode = :c AND i.score IS NOT NULL AND a.answeredAt >= :f AND a.answeredAt < :u",
                Integer.class).setParameter("c", code).setParameter("f", from).setParameter("u", until)
                .getResultList();
    }

    /** The free-text answers of {@code [from, until)}, latest first: when, the request, the text, the overall score. */
    public List<Object[]> texts(Instant from, Instant until, int limit) {
        return em().createQuery("SELECT a.answeredAt, a.requestNumber, t.text, (SELECT s.score FROM AnswerItem s "
                        + "WHERE s.answerId = a.id AND s.itemCode = 'overall') FROM AnswerItem t, Answer a WHERE "
                        + "t.answerId = a.id AND t.kind = :k AND t.text IS NOT NULL AND a.answeredAt >= :f AND "
                        + "a.answeredAt < :u ORDER BY a.answeredAt DESC", Object[].class)
                .setParameter("k", io.labdesk.modules.surveys.domain.ItemKind.TEXT).setParameter("f", from)
                .setParameter("u", until).setMaxResults(limit).getResultList();
    }

    /** Follow-ups opened in {@code [from, until)} per status. */
    public java.util.Map<FollowUpStatus, Long> followUpsOpened(Instant from, Instant until) {
        java.util.Map<FollowUpStatus, Long> counts = new java.util.EnumMap<>(FollowUpStatus.class);
        em().createQuery("SELECT f.status, count(f) FROM FollowUp f WHERE f.openedAt >= :f AND f.openedAt < :u "
                        + "GROUP BY f.status", Object[].class).setParameter("f", from).setParameter("u", until)
                .getResultList().forEach(r -> counts.put((FollowUpStatus) r[0], (Long) r[1]));
        return counts;
    }

    // Follow-ups

    public FollowUp followUp(UUID id) {
        return Optional.ofNullable(em().find(FollowUp.class, id)).orElseThrow(NotFoundException::new);
    }

    public FollowUp followUpAt(UUID id, long version) {
        FollowUp f = followUp(id);
        if (f.version() != version) {
            throw new ConcurrentEdit("The follow-up " + f.number());
        }
        return f;
    }

    public List<FollowUp> followUps(FollowUpStatus status, int limit) {
        var query = em().createQuery("SELECT f FROM FollowUp f" + (status == null ? "" : " WHERE f.status = :s")
                + " ORDER BY f.openedAt DESC", FollowUp.class).setMaxResults(limit);
        return (status == null ? query : query.setParameter("s", status)).getResultList();
    }

    public Optional<FollowUp> followUpOf(UUID answer) {
        return em().createQuery("SELECT f FROM FollowUp f WHERE f.answerId = :a", FollowUp.class)
                .setParameter("a", answer).getResultStream().findFirst();
    }

    public long openFollowUps() {
        return em().createQuery("SELECT count(f) FROM FollowUp f WHERE f.status = :s", Long.class)
                .setParameter("s", FollowUpStatus.OPEN).getSingleResult();
    }

    // Campaigns

    public Campaign campaign(UUID id) {
        return Optional.ofNullable(em().find(Campaign.class, id)).orElseThrow(NotFoundException::new);
    }

    public List<Campaign> campaigns(int limit) {
        return em().createQuery("SELECT c FROM Campaign c ORDER BY c.periodFrom DESC, c.createdAt DESC", Campaign.class)
                .setMaxResults(limit).getResultList();
    }

    /** How many of the campaign's invitations stand in each status. */
    public java.util.Map<InvitationStatus, Long> campaignCounts(UUID campaign) {
        java.util.Map<InvitationStatus, Long> counts = new java.util.EnumMap<>(InvitationStatus.class);
        em().createQuery("SELECT i.status, count(i) FROM Invitation i WHERE i.campaignId = :c GROUP BY i.status",
                        Object[].class).setParameter("c", campaign).getResultList()
                .forEach(r -> counts.put((InvitationStatus) r[0], (Long) r[1]));
        return counts;
    }

    public List<Invitation> ofCampaign(UUID campaign) {
        return em().createQuery("SELECT i FROM Invitation i WHERE i.campaignId = :c ORDER BY i.contactName, i.id",
                Invitation.class).setParameter("c", campaign).getResultList();
    }

    /** Campaigns whose period starts in {@code [from, until)}. */
    public long campaignsStarting(java.time.LocalDate from, java.time.LocalDate until) {
        return em().createQuery("SELECT count(c) FROM Campaign c WHERE c.periodFrom >= :f AND c.periodFrom < :u",
                Long.class).setParameter("f", from).setParameter("u", until).getSingleResult();
    }

    // Complaint holds

    public boolean complaintOpen(UUID customer) {
        return customer != null && em().createQuery("SELECT count(h) FROM ComplaintHold h WHERE h.customerId = :c",
                Long.class).setParameter("c", customer).getSingleResult() > 0;
    }

    public Optional<ComplaintHold> hold(UUID complaint) {
        return em().createQuery("SELECT h FROM ComplaintHold h WHERE h.complaintId = :c", ComplaintHold.class)
                .setParameter("c", complaint).getResultStream().findFirst();
    }

    public void remove(Object record) {
        em().remove(record);
    }
}
