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
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Warns the people responsible when a complaint's deadline turns at risk or is breached, once each: receipt goes to
 * customer service, the solutions to the investigator (the managers of the complaint's kind until there is one),
 * the final answer of a transferred complaint to the quality manager and the director; a breach also to the quality
 * managers. Complaints are claimed with {@code FOR UPDATE SKIP LOCKED}, so two servers never warn twice.
 */
@ApplicationScoped
public class ComplaintDeadlineWatch implements BackgroundWork {

    private static final int BATCH = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
        @SuppressWarnings("unchecked")
        List<UUID> open = store.entityManager().createNativeQuery("SELECT id FROM complaint WHERE status NOT IN "
                + "('REFUSED', 'CLOSED') ORDER BY received_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED", UUID.class)
                .getResultList();
        int warningPercent = (int) modules.settings(ComplaintsModule.ID).number("warningPercent");
        Instant now = Instant.now();
        int sent = 0;
        for (UUID id : open) {
            Complaint c = store.entityManager().find(Complaint.class, id);
            for (ComplaintClock.Measured m : ComplaintClock.of(c, now, warningPercent)) {
                if ((m.state() == SlaState.AT_RISK || m.state() == SlaState.BREACHED) && !c.alerted(m.target(),
                        m.state())) {
                    c.alertSent(m.target(), m.state());
                    warn(c, m);
                    sent++;
                }
            }
        }
        return sent;
    }

    private void warn(Complaint c, ComplaintClock.Measured m) {
        String due = TIME.format(m.due().atZone(workingTime.zone()));
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
