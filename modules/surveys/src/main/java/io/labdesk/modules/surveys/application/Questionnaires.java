package io.labdesk.modules.surveys.application;

import io.labdesk.modules.surveys.SurveysModule;
import io.labdesk.modules.surveys.domain.DefaultQuestionnaire;
import io.labdesk.modules.surveys.domain.Item;
import io.labdesk.modules.surveys.domain.Questionnaire;
import io.labdesk.modules.surveys.domain.QuestionnaireVersion;
import io.labdesk.modules.surveys.infrastructure.persistence.SurveyRegister;
import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The institution's questionnaires (S3). Every institution starts with the default one from the sources; each change
 * writes a new version and leaves the earlier ones as they were, for the answers that pinned them.
 */
@ApplicationScoped
public class Questionnaires {

    @Inject
    SurveyRegister register;

    @Inject
    TenantModules modules;

    @Inject
    CurrentTenant currentTenant;

    /** What a questionnaire is changed to: its name, the request type that uses it (null: every type), its items. */
    public record Draft(Text name, String requestType, List<Item> items) {
    }

    @Transactional
    public List<Questionnaire> all() {
        modules.require(SurveysModule.READ);
        ensureDefault();
        return register.questionnaires();
    }

    @Transactional
    public Questionnaire get(UUID id) {
        modules.require(SurveysModule.READ);
        return register.questionnaire(id);
    }

    @Transactional
    public QuestionnaireVersion current(UUID id) {
        modules.require(SurveysModule.READ);
        Questionnaire q = register.questionnaire(id);
        return register.version(q.id(), q.currentVersion());
    }

    @Transactional
    public QuestionnaireVersion version(UUID id, int number) {
        modules.require(SurveysModule.READ);
        return register.version(register.questionnaire(id).id(), number);
    }

    @Transactional
    public List<QuestionnaireVersion> versions(UUID id) {
        modules.require(SurveysModule.READ);
        return register.versions(register.questionnaire(id).id());
    }

    /** The version a request of {@code type} is surveyed with now (the default questionnaire made on first need). */
    @Transactional(Transactional.TxType.MANDATORY)
    public QuestionnaireVersion forRequestType(String type) {
        ensureDefault();
        Questionnaire q = register.forRequestType(type).orElseThrow();
        return register.version(q.id(), q.currentVersion());
    }

    @Transactional
    public Questionnaire create(String code, Draft draft) {
        modules.require(SurveysModule.MANAGE);
        if (code == null || !code.matches("[a-z][a-z0-9-]{1,39}")) {
            throw InvalidModuleInput.of("code", Text.of("代码由 2 到 40 个小写字母、数字或短横线组成。",
                    "The code is 2 to 40 lower-case letters, digits or dashes."));
        }
        if (register.questionnaire(code).isPresent()) {
            throw InvalidModuleInput.of("code", Text.of("已有此代码的问卷。", "A questionnaire has this code already."));
        }
        checkName(draft);
        Instant now = now();
        Questionnaire q = new Questionnaire(code, draft.name(), blankToNull(draft.requestType()), now);
        int number = q.revise(draft.name(), blankToNull(draft.requestType()), now);
        QuestionnaireVersion v = new QuestionnaireVersion(q.id(), number, draft.items(), now, currentTenant.actor());
        register.add(q);
        register.add(v);
        return q;
    }

    /** A new version of the questionnaire, if it is still at {@code version}; earlier answers keep theirs. */
    @Transactional
    public Questionnaire revise(UUID id, Draft draft, long version) {
        modules.require(SurveysModule.MANAGE);
        Questionnaire q = register.questionnaire(id);
        if (q.version() != version) {
            throw new ConcurrentEdit("The questionnaire " + q.code());
        }
        checkName(draft);
        Instant now = now();
        int number = q.revise(draft.name(), blankToNull(draft.requestType()), now);
        register.add(new QuestionnaireVersion(q.id(), number, draft.items(), now, currentTenant.actor()));
        register.written("The questionnaire " + q.code());
        return q;
    }

    private void ensureDefault() {
        if (register.questionnaire(DefaultQuestionnaire.CODE).isEmpty()) {
            Instant now = now();
            Text name = Text.of("服务满意度调查", "Satisfaction with our service");
            Questionnaire q = new Questionnaire(DefaultQuestionnaire.CODE, name, null, now);
            int number = q.revise(name, null, now);
            register.add(q);
            register.add(new QuestionnaireVersion(q.id(), number, DefaultQuestionnaire.items(), now, "labdesk"));
        }
    }

    private static void checkName(Draft draft) {
        if (draft.name() == null || draft.name().zh().isBlank() || draft.name().en().isBlank()
                || draft.name().zh().length() > 200 || draft.name().en().length() > 200) {
            throw InvalidModuleInput.of("name", Text.of("请填写问卷的中英文名称（不超过 200 个字符）。",
                    "Give the questionnaire's name in Chinese and English (at most 200 characters)."));
        }
        if (draft.requestType() != null && draft.requestType().length() > 40) {
            throw InvalidModuleInput.of("requestType", Text.of("工单类型代码过长。", "The request type code is too long."));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
