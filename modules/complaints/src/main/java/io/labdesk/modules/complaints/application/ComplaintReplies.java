package io.labdesk.modules.complaints.application;

import io.labdesk.modules.complaints.ComplaintsModule;
import io.labdesk.modules.complaints.domain.Complaint;
import io.labdesk.modules.complaints.infrastructure.persistence.ComplaintRegister;
import io.labdesk.modules.complaints.domain.ComplaintDeadlines;
import io.labdesk.modules.complaints.domain.ComplaintKinds;
import io.labdesk.modules.complaints.domain.Languages;
import io.labdesk.modules.complaints.domain.Recusal;
import io.labdesk.modules.complaints.domain.ReplyLetter;
import io.labdesk.modules.complaints.interfaces.ComplaintOpinionForm;
import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.export.DocumentPrinter;
import io.labdesk.platform.api.export.PrintedDocument;
import io.labdesk.platform.api.identity.StaffDirectory;
import io.labdesk.platform.api.letter.LetterTemplates;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.ModuleEvent;
import io.labdesk.platform.api.module.PrivateLinks;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.notification.CustomerMessages;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.Institution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The answer to a decided complaint (C5): the reply letter from the institution's template as PDF, the director's
 * approval for a major complaint, the sending, and the customer's opinion of the outcome, which closes the file.
 */
@ApplicationScoped
public class ComplaintReplies {

    @Inject
    Event<ModuleEvent> events;

    @Inject
    ComplaintRegister register;

    @Inject
    TenantModules modules;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    DocumentPrinter printer;

    @Inject
    Institution institution;

    @Inject
    WorkingTime workingTime;

    @Inject
    ComplainantNotices notices;

    @Inject
    DeadlineTracking deadlines;

    @Inject
    PrivateLinks links;

    @Inject
    ComplaintOpinionForm opinionForm;

    @Inject
    StaffDirectory staff;

    @Inject
    LetterTemplates letters;

    /** The institution's wording of the reply letter in {@code language}, or the default; version 0: never changed. */
    public LetterTemplates.Template template(String language) {
        modules.require(ComplaintsModule.READ);
        return letters.of(ComplaintsModule.ID, ReplyLetter.NAME, Languages.code(language));
    }

    /** Rewords the reply letter in {@code language}; checked and kept by the platform's letters. */
    public LetterTemplates.Template saveTemplate(String language, String body, long version) {
        return letters.keep(ComplaintsModule.ID, ReplyLetter.NAME, Languages.code(language), body, version);
    }

    /**
     * The reply letter as PDF: as it went out once sent; before, drafted from the template in the language asked
     * (else the complainant's).
     */
    @Transactional
    public byte[] letter(UUID id, String language) {
        modules.require(ComplaintsModule.READ);
        Complaint c = register.get(id);
        if (c.upheld() == null) {
            throw InvalidModuleInput.of("status", Text.of("作出决定后才有复函。", "The reply follows the decision."));
        }
        boolean sent = c.replyText() != null && (language == null || Languages.code(language).equals(c.replyLanguage()));
        String lang = sent ? c.replyLanguage() : Languages.code(language == null ? c.complainantLanguage() : language);
        return printer.pdf(printed(c, lang, sent ? c.replyText() : draft(c, lang)));
    }

    /** The letter's text from the institution's template, dated today. */
    private String draft(Complaint c, String lang) {
        return ReplyLetter.fill(template(lang).body(), c, lang, institution.name(Languages.locale(lang)),
                c.receivedAt().atZone(workingTime.zone()).toLocalDate(), LocalDate.now(workingTime.zone()));
    }

    /** The letter as printed: its paragraphs, and the director's approval (by name) of a major complaint's reply. */
    PrintedDocument printed(Complaint c, String lang, String text) {
        PrintedDocument.Builder letter = PrintedDocument.titled(("en".equals(lang) ? "Reply to complaint "
                : "投诉处理复函 ") + c.number());
        for (String paragraph : text.split("\n\n")) {
            letter.paragraph(paragraph.strip());
        }
        if (c.replyApprovedBy() != null) {
            letter.space(12).field("en".equals(lang) ? "Approved by" : "批准人",
                    new StaffNames(staff).name(c.replyApprovedBy()) + " · "
                    + c.replyApprovedAt().atZone(workingTime.zone()).toLocalDate());
        }
        return letter.build();
    }

    /**
     * The director approves the reply to a major complaint, and the result of one passed on by another body (转交);
     * they must not be involved either.
     */
    @Transactional
    public Complaint approve(UUID id, long version) {
        modules.require(ComplaintsModule.APPROVE);
        Complaint c = register.atVersion(id, version);
        if (!needsApproval(c) || c.status() != ComplaintKinds.Status.DECIDED) {
            throw InvalidModuleInput.of("status", Text.of("只有已作出决定的重大投诉或转交投诉的复函需要批准。",
                    "Only a decided major or transferred complaint's reply needs approval."));
        }
        Recusal.reason(currentTenant.actor(), c.namedStaff(), c.performedBy()).ifPresent(reason -> {
            throw InvalidModuleInput.of("approver", reason);
        });
        c.replyApproved(currentTenant.actor(), now());
        return register.written(c);
    }

    /** Whether the director signs the reply: for a major complaint and for a transferred one. */
    public static boolean needsApproval(Complaint c) {
        return c.severity() == ComplaintKinds.Severity.MAJOR || c.transferred();
    }

    /**
     * The reply goes to the customer — a major or transferred complaint's only once the director approved it: by e-mail with the
     * letter as PDF, else a text message that it is on its way by post. The letter is kept as sent.
     */
    @Transactional
    public Complaint send(UUID id, String language, long version) {
        modules.require(ComplaintsModule.RECORD);
        Complaint c = register.atVersion(id, version);
        boolean approved = needsApproval(c);
        if (approved && c.status() == ComplaintKinds.Status.DECIDED) {
            throw InvalidModuleInput.of("status", c.severity() == ComplaintKinds.Severity.MAJOR
                    ? Text.of("重大投诉的复函须经总经理批准后才能发出。",
                    "A major complaint's reply goes out only after the director approved it.")
                    : Text.of("转交投诉的处理结果须经总经理审批后才能发出。",
                    "A transferred complaint's answer goes out only after the director approved it."));
        }
        if (c.status() != (approved ? ComplaintKinds.Status.REPLY_APPROVED : ComplaintKinds.Status.DECIDED)) {
            throw InvalidModuleInput.of("status", Text.of("作出决定后才能发出复函。", "The reply follows the decision."));
        }
        String lang = Languages.code(language == null ? c.complainantLanguage() : language);
        String text = draft(c, lang);
        c.replySent(lang, text, now());
        deadlines.met(c, ComplaintDeadlines.Step.FINAL, c.replySentAt());
        String outcome = c.upheld() ? "投诉成立" : "投诉不成立";
        String opinionLink = links.issue(ComplaintsModule.ID, opinionForm, c.id()) + "&lang=" + lang;
        notices.tell(c, "complaint-reply", Text.of("投诉处理复函 " + c.number(), "Reply to your complaint " + c.number()),
                Text.of("您的投诉 " + c.number() + " 已处理完毕，复函见附件。请通过以下链接告诉我们您对处理结果的意见：\n"
                                + opinionLink + "\n也可以直接回复或致电我们。",
                        "We have dealt with your complaint " + c.number() + "; our reply letter is attached. Please "
                                + "tell us what you think of the outcome here:\n" + opinionLink
                                + "\nor answer this message or call us."),
                Text.of("您的投诉 " + c.number() + " 已处理完毕，结论：" + outcome + "。复函将邮寄给您。",
                        "your complaint " + c.number() + " has been dealt with: " + (c.upheld() ? "upheld"
                                : "not upheld") + ". The reply letter is on its way by post."),
                List.of(new CustomerMessages.Attachment(("en".equals(lang) ? "reply-" : "复函-") + c.number() + ".pdf",
                        "application/pdf", printer.pdf(printed(c, lang, text)))));
        return register.written(c);
    }

    /** The customer's opinion of the outcome as staff heard it (C5); the file is closed. */
    @Transactional
    public Complaint feedback(UUID id, Boolean satisfied, String opinion, long version) {
        modules.require(ComplaintsModule.RECORD);
        Complaint c = register.atVersion(id, version);
        if (c.status() != ComplaintKinds.Status.REPLIED) {
            throw InvalidModuleInput.of("status", Text.of("复函发出后才能记录客户意见。",
                    "The customer's opinion is recorded after the reply."));
        }
        return opinion(c, satisfied, opinion);
    }

    /** The complainant's own opinion, given through the private link that came with the reply; no account needed. */
    @Transactional
    public Complaint feedbackFromComplainant(UUID id, Boolean satisfied, String opinion) {
        Complaint c = register.get(id);
        if (c.status() != ComplaintKinds.Status.REPLIED) {
            throw InvalidModuleInput.of("satisfied", Text.of("您对本次投诉处理的意见已经记录，谢谢。",
                    "Your opinion of how we handled this complaint is on record already. Thank you."));
        }
        return opinion(c, satisfied, opinion);
    }

    private Complaint opinion(Complaint c, Boolean satisfied, String opinion) {
        if (satisfied == null) {
            throw InvalidModuleInput.of("satisfied", Text.of("请选择是否满意。", "Say whether you are satisfied."));
        }
        if (opinion != null && opinion.length() > 4000) {
            throw InvalidModuleInput.of("opinion", Text.of("不超过 4000 个字符。", "At most 4,000 characters."));
        }
        c.feedback(satisfied, opinion == null || opinion.isBlank() ? null : opinion.strip(), currentTenant.actor(),
                now());
        deadlines.stop(c);
        Complaint closed = register.written(c);
        events.fire(new ModuleEvent(c.tenantId(), ComplaintsModule.ID, ComplaintsModule.CLOSED, c.id(),
                c.eventData()));
        return closed;
    }


    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
