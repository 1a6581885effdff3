package io.labdesk.modules.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.identity.StaffDirectory.StaffMember;
import io.labdesk.platform.api.tenant.TenantRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final StaffMember QUALITY = new StaffMember("zhao.min", "赵敏", Set.of(TenantRole.QUALITY_MANAGER));
    private static final StaffMember TECHNICAL = new StaffMember("wu.gang", "吴刚", Set.of(TenantRole.TECHNICAL_MANAGER));
    private static final StaffMember DIRECTOR = new StaffMember("chen.jie", "陈杰", Set.of(TenantRole.DIRECTOR));
    private static final StaffMember SERVICE = new StaffMember("liu.yang", "刘洋", Set.of(TenantRole.CUSTOMER_SERVICE));
    private static final List<StaffMember> STAFF = List.of(QUALITY, TECHNICAL, DIRECTOR, SERVICE);

    @Test
    void aProceduralComplaintIsInvestigatedByTheQualityManagerOnly() {
        Complaint c = complaint(ComplaintKinds.Nature.PROCEDURAL, List.of(), List.of());
        assertThat(Eligibility.eligible(Eligibility.Part.INVESTIGATOR, c, STAFF)).containsExactly(QUALITY);
        assertThat(Eligibility.excluded(Eligibility.Part.INVESTIGATOR, c, STAFF))
                .extracting(e -> e.bar().brief().en()).containsOnly("not a quality manager");
    }

    @Test
    void aTechnicalComplaintIsInvestigatedByTheTechnicalManagerUnlessTheyDidTheWork() {
        assertThat(Eligibility.eligible(Eligibility.Part.INVESTIGATOR,
                complaint(ComplaintKinds.Nature.TECHNICAL, List.of(), List.of()), STAFF)).containsExactly(TECHNICAL);
        Complaint theirs = complaint(ComplaintKinds.Nature.TECHNICAL, List.of(), List.of("wu.gang"));
        assertThat(Eligibility.eligible(Eligibility.Part.INVESTIGATOR, theirs, STAFF)).isEmpty();
        assertThat(Eligibility.bar(Eligibility.Part.INVESTIGATOR, theirs, TECHNICAL))
                .hasValueSatisfying(b -> assertThat(b.explained().en()).contains("did the work"));
    }

    @Test
    void nobodyInvestigatesAnUnclassifiedComplaint() {
        assertThat(Eligibility.eligible(Eligibility.Part.INVESTIGATOR, complaint(null, List.of(), List.of()), STAFF))
                .isEmpty();
    }

    @Test
    void theDeciderIsAManagerOrTheDirectorNotNamedAndNotTheInvestigator() {
        Complaint c = complaint(ComplaintKinds.Nature.PROCEDURAL, List.of("chen.jie"), List.of());
        c.investigateBy("zhao.min");
        assertThat(Eligibility.eligible(Eligibility.Part.DECIDER, c, STAFF)).containsExactly(TECHNICAL);
        assertThat(Eligibility.excluded(Eligibility.Part.DECIDER, c, STAFF)).extracting(e -> e.bar().brief().en())
                .containsExactly("investigates this complaint", "named in the complaint",
                        "not a quality or technical manager or the director");
    }

    @Test
    void theDeciderCannotThenInvestigate() {
        Complaint c = complaint(ComplaintKinds.Nature.PROCEDURAL, List.of(), List.of());
        c.decideBy("zhao.min");
        assertThat(Eligibility.bar(Eligibility.Part.INVESTIGATOR, c, QUALITY))
                .hasValueSatisfying(b -> assertThat(b.explained().zh()).contains("决定人"));
    }

    private static Complaint complaint(ComplaintKinds.Nature nature, List<String> named, List<String> performedBy) {
        Complaint c = new Complaint("CP-2026-0001", ComplaintKinds.Channel.EMAIL, null,
                ComplaintKinds.Subject.REPORT_OBJECTION, "HZ-1", LocalDate.of(2026, 11, 20), true, null, named,
                performedBy, "周伟", null, null, "zhou.wei@example.cn", "偏差", Instant.now(), "liu.yang");
        if (nature != null) {
            c.classify(ComplaintKinds.Severity.NORMAL, nature);
        }
        return c;
    }
}
