package io.labdesk.platform.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.request.Priority;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntakeFormTest {

    @Test
    void theDefaultFormIsUsableAndAsksNoPriority() {
        IntakeForm form = IntakeForm.defaults();

        assertThat(form.problems()).isEmpty();
        assertThat(form.shown("priority")).isFalse();
        assertThat(form.offers(Priority.URGENT)).isTrue();
        assertThat(form.name(Priority.URGENT, Locale.SIMPLIFIED_CHINESE)).isEqualTo("紧急");
    }

    @Test
    void aCustomerMustStayReachableByPhoneOrEmail() {
        Map<String, IntakeForm.FieldRule> fields = new LinkedHashMap<>(IntakeForm.defaults().fields());
        fields.put("contactPhone", IntakeForm.FieldRule.HIDDEN);
        fields.put("contactEmail", IntakeForm.FieldRule.HIDDEN);

        assertThat(with(fields).problems()).containsEntry("fields.contactEmail", "validation.intake.unreachable");
    }

    @Test
    void anEmergencyCannotBeRequiredAndUnknownFieldsAreRefused() {
        Map<String, IntakeForm.FieldRule> fields = new LinkedHashMap<>(IntakeForm.defaults().fields());
        fields.put("emergency", IntakeForm.FieldRule.REQUIRED);
        fields.put("fax", IntakeForm.FieldRule.OPTIONAL);

        assertThat(with(fields).problems())
                .containsEntry("fields.emergency", "validation.intake.emergencyRequired")
                .containsEntry("fields.fax", "validation.intake.unknownField");
    }

    @Test
    void theDefaultPriorityMustBeOneThatIsOffered() {
        List<IntakeForm.PriorityChoice> priorities = new ArrayList<>(IntakeForm.defaults().priorities());
        priorities.set(1, new IntakeForm.PriorityChoice(Priority.NORMAL, false, "普通", "Normal"));
        IntakeForm form = new IntakeForm(IntakeForm.defaults().fields(), priorities, Priority.NORMAL, null);

        assertThat(form.problems()).containsEntry("defaultPriority", "validation.intake.defaultPriority");
        assertThat(form.offers(Priority.NORMAL)).isFalse();
    }

    @Test
    void everyPriorityNeedsANameInBothLanguagesAndAppearsOnce() {
        List<IntakeForm.PriorityChoice> priorities = new ArrayList<>(IntakeForm.defaults().priorities());
        priorities.set(0, new IntakeForm.PriorityChoice(Priority.LOW, true, " ", "Low"));
        priorities.set(3, new IntakeForm.PriorityChoice(Priority.HIGH, true, "高", "High"));
        IntakeForm form = new IntakeForm(IntakeForm.defaults().fields(), priorities, Priority.NORMAL, null);

        assertThat(form.problems())
                .containsEntry("priorities.LOW.nameZh", "validation.intake.priorityName")
                .containsEntry("priorities", "validation.intake.priorities");
    }

    @Test
    void wordingIsLimitedAndSurvivesStorage() {
        IntakeForm form = new IntakeForm(IntakeForm.defaults().fields(), IntakeForm.defaults().priorities(),
                Priority.HIGH, new IntakeForm.TrackingWording("您好", "Hello", "电话 021-1234", "x".repeat(1001)));

        assertThat(form.problems()).containsOnlyKeys("tracking.contactEn");
        assertThat(IntakeForm.parse(form.json())).isEqualTo(form);
    }

    private static IntakeForm with(Map<String, IntakeForm.FieldRule> fields) {
        IntakeForm d = IntakeForm.defaults();
        return new IntakeForm(fields, d.priorities(), d.defaultPriority(), d.tracking());
    }
}
