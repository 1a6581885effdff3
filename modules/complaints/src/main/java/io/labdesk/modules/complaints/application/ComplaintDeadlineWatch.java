package io.labdesk.modules.complaints.application;

import io.labdesk.modules.complaints.ComplaintsModule;
import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.ComplaintClock;
import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.platform.api.data.TenantStore;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.module.BackgroundWork;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.notification.StaffMessages;
import io.labdesk.platform.api.sla.SlaState;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.LocalTimes;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Warns the people responsible when a complaint's deadline turns at risk or is breached, once each: receipt goes to
 * customer service, the solutions to the investigator (the managers of the complaint's kind until there is one),
 * the final answer of a transferred complaint to the quality manager and the director; a breach also to the quality
 * managers. A complaint is claimed with {@code FOR UPDATE SKIP LOCKED} before it is warned about, so two servers
 * never warn twice.
 */
@ApplicationScoped
public class ComplaintDeadlineWatch implements BackgroundWork {


    @Inject
    TenantStore store;

    @Inject
    TenantModules modules;

    @Inject
    WorkingTime workingTime;

    @Inject
    StaffDirectory staff;

    @Inject
    StaffMessages messages;

    @Override
    public String name() {
        return "the complaint deadline watch";
    }

    @Override
    public int run() {
        int warningPercent = (int) modules.settings(ComplaintsModule.ID).number("warningPercent");
        Instant now = Instant.now();
        int sent = 0;
        List<Complaint> open = store.entityManager().createQuery("SELECT c FROM Complaint c WHERE c.status NOT IN "
                + ":done", Complaint.class).setParameter("done", List.of(ComplaintKinds.Status.REFUSED,
                ComplaintKinds.Status.CLOSED)).getResultList();
        for (Complaint c : open) {
            List<ComplaintClock.Measured> due = ComplaintClock.of(c, now, warningPercent).stream()
                    .filter(m -> m.state() == SlaState.AT_RISK || m.state() == SlaState.BREACHED)
                    .filter(m -> !Complaint.alerted(c.alerts(), m.target(), m.state())).toList();
            if (due.isEmpty()) {
                continue;
            }
            // Claimed before warning, and read again: another server may be at it, or have just done it.
            Optional<?> claimed = store.entityManager().createNativeQuery("SELECT coalesce(alerts, '') FROM complaint "
                    + "WHERE id = ? FOR UPDATE SKIP LOCKED").setParameter(1, c.id()).getResultStream().findFirst();
            if (claimed.isEmpty()) {
                continue;
            }
            String alerts = (String) claimed.get();
            for (ComplaintClock.Measured m : due) {
                if (!Complaint.alerted(alerts, m.target(), m.state())) {
                    alerts = Complaint.withAlert(alerts, m.target(), m.state());
                    warn(c, m);
                    sent++;
                }
            }
            // Past the version on purpose: a warning is no edit that should make a user's change conflict.
            store.entityManager().createNativeQuery("UPDATE complaint SET alerts = ? WHERE id = ?")
                    .setParameter(1, alerts).setParameter(2, c.id()).executeUpdate();
        }
        return sent;
    }

    private void warn(Complaint c, ComplaintClock.Measured m) {
        String due = LocalTimes.format(m.due(), workingTime.zone());
        Text target = switch (m.target()) {
            case ACKNOWLEDGE -> Text.of("确认收到", "acknowledging receipt");
            case PRELIMINARY -> Text.of("初步处理方案", "the preliminary solution");
            case DETAILED -> Text.of("详细处理方案", "the detailed solution");
            case FINAL -> Text.of("最终答复", "the final answer");
        };
        boolean breached = m.state() == SlaState.BREACHED;
        Text subject = breached
                ? Text.of("[" + c.number() + "] 已超时：" + target.zh() + "（时限 " + due + "）",
                        "[" + c.number() + "] Breached: " + target.en() + " was due " + due)
                : Text.of("[" + c.number() + "] 即将超时：" + target.zh() + "（时限 " + due + "）",
                        "[" + c.number() + "] At risk: " + target.en() + " is due " + due);
        Text body = Text.of("投诉 " + c.number() + "（" + c.complainantName() + "）的" + target.zh() + "时限为 " + due
                        + (breached ? "，现已超时。" : "，即将到期。") + "\n\n请在 LabDesk 的“投诉处理”中办理。",
                "Complaint " + c.number() + " (" + c.complainantName() + "): " + target.en() + " is due " + due
                        + (breached ? " and is now overdue." : " and is at risk.")
                        + "\n\nOpen it under Complaints in LabDesk.");
        messages.email(recipients(c, m.target(), breached), "complaint-" + (breached ? "breached" : "at-risk"),
                c.id(), subject, body);
    }

    private Set<String> recipients(Complaint c, ComplaintClock.Target target, boolean breached) {
        Set<String> to = new LinkedHashSet<>();
        switch (target) {
            case ACKNOWLEDGE -> to.addAll(holding(TenantRole.CUSTOMER_SERVICE));
            case PRELIMINARY, DETAILED -> {
                if (c.investigator() != null) {
                    to.add(c.investigator());
                } else {
                    to.addAll(holding(c.nature() == ComplaintKinds.Nature.TECHNICAL
                            ? TenantRole.TECHNICAL_MANAGER : TenantRole.QUALITY_MANAGER));
                }
            }
            case FINAL -> {
                to.addAll(holding(TenantRole.QUALITY_MANAGER));
                to.addAll(holding(TenantRole.DIRECTOR));
            }
        }
        if (breached) {
            to.addAll(holding(TenantRole.QUALITY_MANAGER));
        }
        return to;
    }

    private List<String> holding(TenantRole role) {
        return staff.holding(role).stream().map(StaffDirectory.StaffMember::username).toList();
    }
}
