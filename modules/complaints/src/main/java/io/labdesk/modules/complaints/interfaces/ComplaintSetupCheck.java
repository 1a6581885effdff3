package io.labdesk.modules.complaints.interfaces;

import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.modules.complaints.domain.Eligibility;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.SetupCheck;
import io.labdesk.platform.api.module.SetupWarning;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether each kind of complaint can be routed (C4): a technical complaint needs an active technical manager to
 * investigate it, a procedural one a quality manager, by the rule of {@link Eligibility}. Without one, the admin is
 * told when switching the module on and on the home page, not once a complaint is stuck.
 */
@ApplicationScoped
public class ComplaintSetupCheck implements SetupCheck {

    @Inject
    StaffDirectory staff;

    @Override
    public List<SetupWarning> warnings() {
        List<StaffDirectory.StaffMember> active = staff.active();
        List<SetupWarning> warnings = new ArrayList<>();
        for (ComplaintKinds.Nature nature : ComplaintKinds.Nature.values()) {
            if (active.stream().noneMatch(m -> Eligibility.mayInvestigate(nature, m))) {
                warnings.add(new SetupWarning("no-" + nature.name().toLowerCase(java.util.Locale.ROOT)
                        + "-investigator", unrouted(nature), new SetupWarning.GrantRole(
                        Eligibility.investigates(nature))));
            }
        }
        return warnings;
    }

    private static Text unrouted(ComplaintKinds.Nature nature) {
        return nature == ComplaintKinds.Nature.TECHNICAL
                ? Text.of("技术类投诉无法分派：没有人担任技术负责人，而技术类投诉须由技术负责人调查。",
                "Technical complaints cannot be routed: nobody holds the technical manager role, and a technical "
                        + "manager investigates them.")
                : Text.of("程序类投诉无法分派：没有人担任质量负责人，而程序类投诉须由质量负责人调查。",
                "Procedural complaints cannot be routed: nobody holds the quality manager role, and a quality "
                        + "manager investigates them.");
    }
}
