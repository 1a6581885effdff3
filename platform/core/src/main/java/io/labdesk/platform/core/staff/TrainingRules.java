package io.labdesk.platform.core.staff;

import io.labdesk.platform.api.identity.Qualifications.Kind;
import io.labdesk.platform.core.staff.TrainingRecord.Category;
import io.labdesk.platform.core.staff.TrainingRecord.Result;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a training record must say, and when a qualification counts: plain rules, tested without a server. */
public final class TrainingRules {

    /** A record as entered. */
    public record Entry(Category category, Kind kind, String title, LocalDate heldOn, LocalDate validUntil,
                        String assessedBy, Result result, String note) {
    }

    private TrainingRules() {
    }

    /**
     * Only a passed qualification counts, from the day it was granted to its last valid day included; a training
     * attended or an assessment authorises nothing by itself.
     */
    public static boolean qualifies(Category category, Result result, LocalDate heldOn, LocalDate validUntil,
                                    LocalDate day) {
        return category == Category.QUALIFICATION && result == Result.PASSED && !heldOn.isAfter(day)
                && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Problems per field (message keys); empty when the entry can be stored. {@code today} bounds the date. */
    public static Map<String, String> problems(Entry e, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (e.category() == null) {
            problems.put("category", "validation.training.category");
        }
        if (e.kind() == null) {
            problems.put("kind", "validation.training.kind");
        }
        if (e.title() == null || e.title().isBlank() || e.title().strip().length() > 200) {
            problems.put("title", "validation.training.title");
        }
        if (e.heldOn() == null || e.heldOn().isAfter(today)) {
            problems.put("heldOn", "validation.training.heldOn");
        } else if (e.validUntil() != null && e.validUntil().isBefore(e.heldOn())) {
            problems.put("validUntil", "validation.training.validUntil");
        }
        if (e.result() == null) {
            problems.put("result", "validation.training.result");
        } else if (e.category() == Category.QUALIFICATION && e.result() == Result.ATTENDED) {
            // A qualification is granted or refused on an assessment; attendance proves nothing.
            problems.put("result", "validation.training.qualificationResult");
        }
        if (e.category() == Category.QUALIFICATION && e.result() == Result.PASSED
                && (e.assessedBy() == null || e.assessedBy().isBlank())) {
            problems.put("assessedBy", "validation.training.assessedBy");
        }
        if (e.assessedBy() != null && e.assessedBy().strip().length() > 200) {
            problems.put("assessedBy", "validation.training.assessedBy");
        }
        if (e.note() != null && e.note().strip().length() > 2000) {
            problems.put("note", "validation.training.note");
        }
        return problems;
    }
}
