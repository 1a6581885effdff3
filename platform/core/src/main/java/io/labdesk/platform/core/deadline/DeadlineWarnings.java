package io.labdesk.platform.core.deadline;

import io.labdesk.platform.api.deadline.Recipients;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.notification.StaffMessages;
import io.labdesk.platform.api.sla.SlaState;
import io.labdesk.platform.api.tenant.LocalTimes;
import io.labdesk.platform.core.config.Setting;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.sla.TenantCalendars;
import io.labdesk.platform.core.staff.StaffMembers;
import io.labdesk.platform.core.tenant.TenantMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The e-mails a deadline's state change sends: to its at-risk recipients, and on a breach to the breach recipients
 * too, left in the outbox in the institution's language (mail.deadlineAtRisk / mail.deadlineBreached).
 */
@ApplicationScoped
public class DeadlineWarnings {

    static final String AT_RISK = "deadline-at-risk";
    static final String BREACHED = "deadline-breached";

    @Inject
    StaffMembers staff;

    @Inject
    StaffMessages messages;

    @Inject
    TenantCalendars calendars;

    /** A round of warnings in the current institution: its zone and its active staff, read once. */
    Round round() {
        return new Round(calendars.measuringCalendar().zone(), staff.activeWithoutRoleCheck());
    }

    final class Round {

        private final ZoneId zone;
        private final List<TenantMember> active;

        private Round(ZoneId zone, List<TenantMember> active) {
            this.zone = zone;
            this.active = active;
        }

        void send(StoredDeadline d, SlaState state) {
            boolean breached = state == SlaState.BREACHED;
            Recipients to = breached ? d.atRisk().and(d.onBreach()) : d.atRisk();
            Set<String> usernames = new LinkedHashSet<>(to.users());
            active.stream().filter(m -> m.roles().stream().anyMatch(to.roles()::contains))
                    .map(TenantMember::username).forEach(usernames::add);
            if (usernames.isEmpty()) {
                return;
            }
            String topic = breached ? "deadlineBreached" : "deadlineAtRisk";
            String due = LocalTimes.format(d.dueAt(), zone);
            String link = Setting.link("/" + (d.link() == null ? "" : d.link()));
            messages.email(usernames, breached ? BREACHED : AT_RISK, d.subject(),
                    text("mail." + topic + ".subject", d, due, link), text("mail." + topic + ".body", d, due, link));
        }
    }

    private static Text text(String key, StoredDeadline d, String due, String link) {
        return Text.of(Messages.get(key, Locale.SIMPLIFIED_CHINESE, d.reference(), d.label().zh(), due,
                        d.about().zh(), link),
                Messages.get(key, Locale.ENGLISH, d.reference(), d.label().en(), due, d.about().en(), link));
    }
}
