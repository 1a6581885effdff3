package io.labdesk.platform.core.onboarding;

import io.labdesk.platform.api.tenant.TenantRole;
import java.util.List;
import java.util.Set;

/**
 * A tenant as written in a definition file under tenants/: who it is, the calendar template it starts from
 * (a file name in tenants/calendars/, without .yaml), its first staff and the plug-in modules it starts with.
 */
public record TenantDefinition(String slug, String name, String nameEn, String locale, String timeZone,
                               String calendar, List<Staff> staff, List<DemoRequest> requests,
                               List<String> modules) {

    /** A staff member with the training and qualifications on record (the demo auditors' qualifications). */
    public record Staff(String username, String name, String email, Set<TenantRole> roles,
                        List<io.labdesk.platform.core.staff.TrainingRules.Entry> training) {

        public Staff(String username, String name, String email, Set<TenantRole> roles) {
            this(username, name, email, roles, List.of());
        }

        public Staff {
            training = training == null ? List.of() : List.copyOf(training);
        }
    }

    /** A sample request for demos; {@code key} makes loading it again harmless. */
    public record DemoRequest(String key, io.labdesk.platform.core.request.Intake intake) {
    }

    public TenantDefinition {
        staff = staff == null ? List.of() : List.copyOf(staff);
        requests = requests == null ? List.of() : List.copyOf(requests);
        modules = modules == null ? List.of() : List.copyOf(modules);
    }
}
