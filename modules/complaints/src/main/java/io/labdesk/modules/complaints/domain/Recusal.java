package io.labdesk.modules.complaints.domain;

import io.labdesk.platform.api.module.Text;
import java.util.Collection;
import java.util.Optional;

/**
 * Who may not investigate or decide a complaint (C4, C5): staff the complaint names, and staff who did the
 * complained-about work. ISO/IEC 17025 §7.9.6 asks for a decision by someone not involved.
 */
public final class Recusal {

    private Recusal() {
    }

    /** Why {@code candidate} must step aside, if they must. */
    public static Optional<Text> reason(String candidate, Collection<String> namedStaff,
                                        Collection<String> performedBy) {
        return bar(candidate, namedStaff, performedBy).map(Eligibility.Bar::explained);
    }

    /** The same, with the few words a list of candidates shows beside the name. */
    static Optional<Eligibility.Bar> bar(String candidate, Collection<String> namedStaff,
                                         Collection<String> performedBy) {
        if (namedStaff.contains(candidate)) {
            return Optional.of(new Eligibility.Bar(Text.of("在投诉中被点名", "named in the complaint"),
                    Text.of(candidate + " 在投诉中被点名，须回避，不能调查或决定本投诉。",
                            candidate + " is named in the complaint and must step aside: they cannot investigate or "
                                    + "decide it.")));
        }
        if (performedBy.contains(candidate)) {
            return Optional.of(new Eligibility.Bar(Text.of("参与了被投诉的工作", "did the work complained about"),
                    Text.of(candidate + " 参与了被投诉的工作，须回避，不能调查或决定本投诉。",
                            candidate + " did the work complained about and must step aside: they cannot investigate "
                                    + "or decide it.")));
        }
        return Optional.empty();
    }
}
