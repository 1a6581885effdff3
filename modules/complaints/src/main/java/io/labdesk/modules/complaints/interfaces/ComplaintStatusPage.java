package io.labdesk.modules.complaints.interfaces;

import io.labdesk.modules.complaints.application.ComplaintFiles;
import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.PublicField;
import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.LocalTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The complainant's page for following their complaint, by the private link sent with the receipt
 * ({@code /t/{slug}/complaint-status?key=…}): received, under investigation or answered, the dates that matter, and
 * the reply once it went out. Nothing of the staff's work inside (who investigates, findings) shows.
 */
@ApplicationScoped
public class ComplaintStatusPage implements PublicForm {

    @Inject
    ComplaintFiles files;

    @Override
    public String path() {
        return "complaint-status";
    }

    @Override
    public Text title() {
        return Text.of("投诉处理进度", "Your complaint");
    }

    @Override
    public Text lead() {
        return Text.of("这是您投诉的处理进度。如有补充，请回复我们的邮件或致电我们。",
                "This is where your complaint stands. To add something, answer our e-mail or call us.");
    }

    @Override
    public boolean opensByLink() {
        return true;
    }

    @Override
    public List<PublicField> fields() {
        return List.of();
    }

    @Override
    public List<Section> shows(UUID record) {
        return files.followedByComplainant(record).map(f -> sections(f.complaint(), f.deadlines(), f.zone()))
                .orElse(List.of());
    }

    private static List<Section> sections(Complaint c, List<TrackedDeadline> deadlines, ZoneId zone) {
        List<Section> sections = new ArrayList<>();
        Text stage = stage(c.status());
        List<String> zh = new ArrayList<>(List.of("状态：" + stage.zh(), "收到：" + at(c.receivedAt(), zone)));
        List<String> en = new ArrayList<>(List.of("Status: " + stage.en(), "Received: " + at(c.receivedAt(), zone)));
        if (c.acknowledgedAt() != null) {
            zh.add("确认收到：" + at(c.acknowledgedAt(), zone));
            en.add("Receipt confirmed: " + at(c.acknowledgedAt(), zone));
        }
        if (c.replySentAt() == null && c.status() != ComplaintKinds.Status.REFUSED) {
            // What the customer waits for, while it is still ahead.
            for (TrackedDeadline d : deadlines) {
                if (d.metAt() == null) {
                    zh.add(d.label().zh() + "：" + at(d.due(), zone) + " 前");
                    en.add("Due for " + d.label().en() + ": " + at(d.due(), zone));
                }
            }
        }
        if (c.replySentAt() != null) {
            zh.add("答复：" + at(c.replySentAt(), zone));
            en.add("Answered: " + at(c.replySentAt(), zone));
        }
        sections.add(new Section("complaint-state", Text.of("投诉 " + c.number(), "Complaint " + c.number()),
                Text.of(String.join("\n", zh), String.join("\n", en))));
        if (c.status() == ComplaintKinds.Status.REFUSED) {
            sections.add(new Section("complaint-refusal", Text.of("不予受理的说明", "Why it was not accepted"),
                    Text.of(c.refusalZh(), c.refusalEn())));
        }
        if (c.replySentAt() != null && c.replyText() != null) {
            sections.add(new Section("complaint-reply", Text.of("我们的复函", "Our reply"),
                    Text.of(c.replyText(), c.replyText())));
        }
        return sections;
    }

    /** The three stages a complainant follows, with the refusal besides. */
    static Text stage(ComplaintKinds.Status status) {
        return switch (status) {
            case RECEIVED, ACKNOWLEDGED -> Text.of("已收到", "Received");
            case REFUSED -> Text.of("不予受理", "Not accepted");
            case INVESTIGATING, INVESTIGATED, DECIDED, REPLY_APPROVED -> Text.of("调查处理中", "Under investigation");
            case REPLIED, CLOSED -> Text.of("已答复", "Answered");
        };
    }

    private static String at(Instant instant, ZoneId zone) {
        return LocalTimes.format(instant, zone);
    }

    @Override
    public Text submit(Submission submission) {
        throw InvalidModuleInput.of("key", Text.of("此页面仅供查看。", "This page is for reading only."));
    }
}
