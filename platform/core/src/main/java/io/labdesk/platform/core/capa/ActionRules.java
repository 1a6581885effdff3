package io.labdesk.platform.core.capa;

import io.labdesk.platform.api.capa.CorrectiveActions.Status;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an action may do next (plain rules, field → message key): steps while it is open or in progress; to
 * verification once it has a plan and every step is done; verified by someone who neither owns it nor any step.
 */
final class ActionRules {

    private ActionRules() {
    }

    static Map<String, String> canAddStep(Status status) {
        return status == Status.OPEN || status == Status.IN_PROGRESS ? Map.of()
                : Map.of("status", "validation.capa.notOpen");
    }

    static Map<String, String> canSubmit(Status status, String rootCause, Collection<Boolean> stepsDone) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (status != Status.IN_PROGRESS) {
            problems.put("status", "validation.capa.notInProgress");
        }
        if (rootCause == null || rootCause.isBlank()) {
            problems.put("rootCause", "validation.capa.rootCause");
        }
        if (stepsDone.isEmpty()) {
            problems.put("steps", "validation.capa.noSteps");
        } else if (stepsDone.contains(false)) {
            problems.put("steps", "validation.capa.stepsOpen");
        }
        return problems;
    }

    static Map<String, String> canVerify(Status status, String verifier, String owner, Collection<String> stepOwners) {
        if (status != Status.VERIFYING) {
            return Map.of("status", "validation.capa.notVerifying");
        }
        if (verifier.equals(owner) || stepOwners.contains(verifier)) {
            return Map.of("verifier", "validation.capa.independent");
        }
        return Map.of();
    }
}
