package io.labdesk.modules.complaints.domain;

import io.labdesk.platform.api.identity.StaffDirectory.StaffMember;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantRole;
import java.util.List;
import java.util.Optional;

/**
 * Who may investigate or decide a complaint (C4, C5). The investigator is the technical manager for a technical
 * complaint, the quality manager for a procedural one; the decider a quality or technical manager or the director;
 * neither is someone the complaint names or who did the work ({@link Recusal}), and the two are not one person.
 * The file dialog offers only those this allows and the service refuses the rest, by the same rule.
 */
public final class Eligibility {

    /** Why someone may not take the part: a few words for a list, a sentence for a refusal. */
    public record Bar(Text brief, Text explained) {
    }

    public enum Part { INVESTIGATOR, DECIDER }

    /** A staff member barred from a part, and why. */
    public record Excluded(StaffMember member, Bar bar) {
    }

    public static final Text CLASSIFY_FIRST = Text.of("请先将投诉分类为技术类或程序类。",
            "Classify the complaint as technical or procedural first.");

    private Eligibility() {
    }

    /** Why {@code member} may not take {@code part} in {@code c}, if they may not. */
    public static Optional<Bar> bar(Part part, Complaint c, StaffMember member) {
        String who = member.username();
        if (part == Part.INVESTIGATOR) {
            if (c.nature() == null) {
                return Optional.of(new Bar(CLASSIFY_FIRST, CLASSIFY_FIRST));
            }
            if (c.nature() == ComplaintKinds.Nature.TECHNICAL && !mayInvestigate(c.nature(), member)) {
                return Optional.of(new Bar(Text.of("不是技术负责人", "not a technical manager"),
                        Text.of("技术类投诉由技术负责人调查；" + who + " 不是技术负责人。",
                                "A technical complaint is investigated by a technical manager; " + who
                                        + " is not one.")));
            }
            if (c.nature() == ComplaintKinds.Nature.PROCEDURAL && !mayInvestigate(c.nature(), member)) {
                return Optional.of(new Bar(Text.of("不是质量负责人", "not a quality manager"),
                        Text.of("程序类投诉由质量负责人调查；" + who + " 不是质量负责人。",
                                "A procedural complaint is investigated by a quality manager; " + who
                                        + " is not one.")));
            }
        } else if (!member.holds(TenantRole.QUALITY_MANAGER) && !member.holds(TenantRole.TECHNICAL_MANAGER)
                && !member.holds(TenantRole.DIRECTOR)) {
            return Optional.of(new Bar(Text.of("不是质量负责人、技术负责人或总经理",
                    "not a quality or technical manager or the director"),
                    Text.of(who + " 须为质量负责人、技术负责人或总经理。",
                            who + " must be a quality manager, a technical manager or the director.")));
        }
        Optional<Bar> recused = Recusal.bar(who, c.namedStaff(), c.performedBy());
        if (recused.isPresent()) {
            return recused;
        }
        if (part == Part.DECIDER && who.equals(c.investigator())) {
            return Optional.of(new Bar(Text.of("是本投诉的调查人", "investigates this complaint"),
                    Text.of(who + " 是本投诉的调查人，不能同时作出决定。",
                            who + " investigates this complaint and cannot also decide it.")));
        }
        if (part == Part.INVESTIGATOR && who.equals(c.decider())) {
            return Optional.of(new Bar(Text.of("是本投诉的决定人", "decides this complaint"),
                    Text.of(who + " 是本投诉的决定人，不能同时调查。",
                            who + " decides this complaint and cannot also investigate it.")));
        }
        return Optional.empty();
    }

    /** The role that investigates complaints of this nature: technical manager or quality manager. */
    public static TenantRole investigates(ComplaintKinds.Nature nature) {
        return nature == ComplaintKinds.Nature.TECHNICAL ? TenantRole.TECHNICAL_MANAGER : TenantRole.QUALITY_MANAGER;
    }

    /** Whether {@code member}'s role lets them investigate complaints of this nature, before any recusal. */
    public static boolean mayInvestigate(ComplaintKinds.Nature nature, StaffMember member) {
        return member.holds(investigates(nature));
    }

    /** Those of {@code staff} who may take {@code part}, in the order given. */
    public static List<StaffMember> eligible(Part part, Complaint c, List<StaffMember> staff) {
        return staff.stream().filter(m -> bar(part, c, m).isEmpty()).toList();
    }

    /** Those of {@code staff} who may not, each with why. */
    public static List<Excluded> excluded(Part part, Complaint c, List<StaffMember> staff) {
        return staff.stream().flatMap(m -> bar(part, c, m).map(b -> new Excluded(m, b)).stream()).toList();
    }
}
