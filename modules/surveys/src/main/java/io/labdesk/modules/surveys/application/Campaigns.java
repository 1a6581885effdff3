package io.labdesk.modules.surveys.application;

import io.labdesk.modules.surveys.SurveysModule;
import io.labdesk.modules.surveys.domain.Campaign;
import io.labdesk.modules.surveys.domain.CampaignChannel;
import io.labdesk.modules.surveys.domain.CampaignRules;
import io.labdesk.modules.surveys.domain.Invitation;
import io.labdesk.modules.surveys.domain.InvitationStatus;
import io.labdesk.modules.surveys.domain.QuestionnaireVersion;
import io.labdesk.modules.surveys.domain.SurveyFigures;
import io.labdesk.modules.surveys.infrastructure.persistence.SurveyRegister;
import io.labdesk.platform.api.customer.CustomerDirectory;
import io.labdesk.platform.api.export.Spreadsheets;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * Periodic surveys of all customers (S2): a campaign lists its customers (typed in or read from an Excel sheet), each
 * invited at once by e-mail or text message through the module's round, or called by follow-up staff who record the
 * answers; its progress counts sent, answered and the response rate.
 */
@ApplicationScoped
public class Campaigns {

    @Inject
    SurveyRegister register;

    @Inject
    TenantModules modules;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Questionnaires questionnaires;

    @Inject
    CustomerDirectory customers;

    @Inject
    WorkingTime workingTime;

    @Inject
    Spreadsheets spreadsheets;

    /** Where a campaign stands: its customers, how many were reached and answered. */
    public record Progress(long customers, long sent, long answered, OptionalDouble responseRate) {
    }

    @Transactional
    public Campaign start(String name, LocalDate from, LocalDate to, CampaignChannel channel, UUID questionnaire,
                          List<CampaignRules.Customer> listed) {
        modules.require(SurveysModule.MANAGE);
        List<CampaignRules.Customer> invited = CampaignRules.checked(name, from, to, channel, listed);
        QuestionnaireVersion version = questionnaire == null ? questionnaires.forRequestType(null)
                : register.version(register.questionnaire(questionnaire).id(),
                register.questionnaire(questionnaire).currentVersion());
        Instant now = Invitations.now();
        Campaign campaign = new Campaign(name.strip(), version.id(), from, to, channel, now, currentTenant.actor());
        register.add(campaign);
        Instant ends = to.plusDays(1).atStartOfDay(workingTime.zone()).toInstant();
        for (CampaignRules.Customer c : invited) {
            UUID customer = customers.match(c.email(), c.phone()).orElse(null);
            register.add(Invitation.ofCampaign(campaign, customer, new Invitation.Addressee(c.name(),
                    channel == CampaignChannel.SMS ? null : c.email(), c.phone(), c.language()), now, ends));
        }
        return campaign;
    }

    /**
     * The customers of an Excel sheet with the columns 姓名/name, 单位/organisation, 邮箱/email, 电话/phone and
     * optionally 语言/language (zh-CN or en), to review before starting a campaign.
     */
    public List<CampaignRules.Customer> fromSheet(byte[] workbook) {
        modules.require(SurveysModule.MANAGE);
        Spreadsheets.Sheet sheet = spreadsheets.read(new ByteArrayInputStream(workbook));
        Optional<Integer> name = column(sheet, "姓名", "name");
        if (name.isEmpty()) {
            throw InvalidModuleInput.of("file", Text.of("表格须有“姓名”列（以及“邮箱”或“电话”列）。",
                    "The sheet needs a name column (and an email or phone column)."));
        }
        Optional<Integer> organisation = column(sheet, "单位", "organisation");
        Optional<Integer> email = column(sheet, "邮箱", "email");
        Optional<Integer> phone = column(sheet, "电话", "phone");
        Optional<Integer> language = column(sheet, "语言", "language");
        List<CampaignRules.Customer> listed = new ArrayList<>();
        for (List<String> row : sheet.rows()) {
            listed.add(new CampaignRules.Customer(row.get(name.get()), cell(row, organisation), cell(row, email),
                    cell(row, phone), cell(row, language)));
        }
        return listed;
    }

    private static Optional<Integer> column(Spreadsheets.Sheet sheet, String zh, String en) {
        return sheet.column(zh).or(() -> sheet.column(en));
    }

    private static String cell(List<String> row, Optional<Integer> column) {
        return column.map(row::get).orElse(null);
    }

    @Transactional
    public List<Campaign> latest(int limit) {
        modules.require(SurveysModule.READ);
        return register.campaigns(limit);
    }

    @Transactional
    public Campaign get(UUID id) {
        modules.require(SurveysModule.READ);
        return register.campaign(id);
    }

    @Transactional
    public List<Invitation> invitations(UUID id) {
        modules.require(SurveysModule.READ);
        return register.ofCampaign(register.campaign(id).id());
    }

    @Transactional
    public Progress progress(UUID id) {
        modules.require(SurveysModule.READ);
        Map<InvitationStatus, Long> counts = register.campaignCounts(register.campaign(id).id());
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        long answered = counts.getOrDefault(InvitationStatus.ANSWERED, 0L);
        long sent = answered + counts.getOrDefault(InvitationStatus.SENT, 0L)
                + counts.getOrDefault(InvitationStatus.EXPIRED, 0L);
        return new Progress(all, sent, answered, SurveyFigures.responseRate(sent, answered));
    }

    /** Whether the campaigns starting this year fall short of those the settings ask for. */
    @Transactional
    public boolean shortThisYear() {
        LocalDate today = LocalDate.now(workingTime.zone());
        return CampaignRules.shortOf(register.campaignsStarting(today.withDayOfYear(1),
                today.withDayOfYear(1).plusYears(1)), modules.settings(SurveysModule.ID).number("campaignsPerYear"));
    }
}
