package io.labdesk.platform.core.onboarding;

import io.labdesk.platform.core.sla.SlaPolicy;
import io.labdesk.platform.core.intake.IntakeForm;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * A kind of institution a new tenant can start as (tenants/templates/ID.yaml): its language and time zone, the
 * calendar template, the modules switched on (with settings of their own), the SLA policy, the request types offered and what the public request
 * form asks. A new tenant gets a copy; later changes to the template do not reach it.
 *
 * @param requestTypes codes of the default request types offered; empty: all of them
 * @param formFields the public form's fields the template asks differently from LabDesk's defaults
 * @param moduleSettings per module it switches on, the settings it starts with instead of the module's defaults
 */
public record TenantTemplate(String id, String name, String nameEn, String description, String descriptionEn,
                             String locale, String timeZone, String calendar, List<String> modules,
                             SlaPolicy sla, List<String> requestTypes, Map<String, IntakeForm.FieldRule> formFields,
                             Map<String, Map<String, String>> moduleSettings) {

    public TenantTemplate {
        modules = List.copyOf(modules);
        requestTypes = List.copyOf(requestTypes);
        formFields = Map.copyOf(formFields);
        moduleSettings = Map.copyOf(moduleSettings);
    }

    /** The public request form a tenant made from this template starts with. */
    public IntakeForm intakeForm() {
        return IntakeForm.defaults().withFields(formFields);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }

    public String description(Locale locale) {
        String text = "en".equals(locale.getLanguage()) && descriptionEn != null ? descriptionEn : description;
        return text == null ? "" : text;
    }
}
