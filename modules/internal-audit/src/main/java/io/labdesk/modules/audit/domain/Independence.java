package io.labdesk.modules.audit.domain;

import io.labdesk.platform.api.module.Text;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Auditors do not audit their own work (ISO/IEC 17025 §8.8.2, ISO 19011): someone may audit only with a valid
 * internal-auditor qualification, not in an area they work in, and not when the audit's clauses cover records they
 * handled in the audited period (service requests they were responsible for or resolved, complaints they
 * investigated or decided, retests they decided).
 */
public final class Independence {

    /** Where a kind of record is judged: service requests under 7.1, complaints 7.9, retests 7.7. */
    private static final Map<String, String> CLAUSE_OF_SOURCE = Map.of("request", "7.1", "complaints", "7.9",
            "retest", "7.7");

    /** A record someone handled: where it comes from ({@code request} or a module's id) and how it is called. */
    public record Handled(String source, String reference) {

        /** The clause under which such records are audited, or null when none is known. */
        public String clause() {
            return CLAUSE_OF_SOURCE.get(source);
        }
    }

    /** Someone proposed as auditor: whether they hold the qualification, where they work, what they handled. */
    public record Candidate(String username, String name, boolean qualified, Collection<String> areasWorkedIn,
                            List<Handled> handled) {
    }

    /** The audit's scope: its clauses and its areas (code → name, to say which). */
    public record Scope(Set<String> clauses, Map<String, String> areas) {
    }

    private Independence() {
    }

    /** Why {@code who} may not audit {@code scope}, or empty when they may. */
    public static Optional<Text> bar(Candidate who, Scope scope) {
        String name = who.name();
        if (!who.qualified()) {
            return Optional.of(Text.of(name + " 没有有效的内审员资格（见“员工与角色”中的培训与资格记录）。",
                    name + " holds no valid internal-auditor qualification (see training and qualifications under "
                            + "Staff and roles)."));
        }
        for (String area : who.areasWorkedIn()) {
            if (scope.areas().containsKey(area)) {
                String areaName = scope.areas().get(area);
                return Optional.of(Text.of(name + " 在受审区域“" + areaName + "”工作，不能审核自己的工作。",
                        name + " works in the audited area \"" + areaName + "\" and cannot audit their own work."));
            }
        }
        for (Handled h : who.handled()) {
            if (h.clause() != null && scope.clauses().contains(h.clause())) {
                return Optional.of(Text.of(name + " 在受审期间经手了 " + h.reference() + "（条款 " + h.clause()
                                + " 的记录），不能审核该条款。",
                        name + " handled " + h.reference() + " in the audited period (a record of clause "
                                + h.clause() + ") and cannot audit that clause."));
            }
        }
        return Optional.empty();
    }
}
