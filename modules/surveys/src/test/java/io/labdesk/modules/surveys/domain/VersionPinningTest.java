package io.labdesk.modules.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VersionPinningTest {

    private static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void aChangeIsANewVersionAndAnAnswerKeepsTheVersionItsInvitationPinned() {
        Questionnaire q = new Questionnaire("after-service", Text.of("服务满意度调查", "Satisfaction"), null, AT);
        QuestionnaireVersion v1 = new QuestionnaireVersion(q.id(), q.revise(q.name(), null, AT),
                DefaultQuestionnaire.items(), AT, "zhang.wei");
        Invitation invitation = new Invitation(UUID.randomUUID(), "SR-2026-000009", null,
                new Invitation.Addressee("郑涛", "zheng@example.cn", null, "zh-CN"), v1.id(), AT, Duration.ZERO);

        List<Item> changed = new ArrayList<>(DefaultQuestionnaire.items());
        changed.add(Item.of("sampling", ItemKind.YES_NO, false, "抽样是否及时？", "Was the sampling on time?"));
        QuestionnaireVersion v2 = new QuestionnaireVersion(q.id(), q.revise(q.name(), "DISPUTE", AT.plusSeconds(60)),
                changed, AT.plusSeconds(60), "zhang.wei");

        assertThat(v1.number()).isEqualTo(1);
        assertThat(v2.number()).isEqualTo(2);
        assertThat(q.currentVersion()).isEqualTo(2);
        assertThat(v1.items()).as("the earlier version is read back as written").isEqualTo(DefaultQuestionnaire.items());
        assertThat(v2.items()).hasSize(8).last().extracting(Item::kind).isEqualTo(ItemKind.YES_NO);
        Answer answer = new Answer(invitation, AnswerChannel.LINK, "zh-CN", AT.plusSeconds(120), null, false);
        assertThat(answer.questionnaireVersionId()).isEqualTo(v1.id());
    }

    @Test
    void aVersionWithDuplicateCodesOrMissingWordingIsRefused() {
        List<Item> twice = List.of(Item.of("overall", ItemKind.RATING, true, "总体", "Overall"),
                Item.of("overall", ItemKind.RATING, true, "总体", "Overall"));
        assertThatThrownBy(() -> new QuestionnaireVersion(UUID.randomUUID(), 1, twice, AT, "x"))
                .isInstanceOf(InvalidModuleInput.class);
        List<Item> noEnglish = List.of(Item.of("overall", ItemKind.RATING, true, "总体", " "));
        assertThatThrownBy(() -> new QuestionnaireVersion(UUID.randomUUID(), 1, noEnglish, AT, "x"))
                .isInstanceOf(InvalidModuleInput.class);
    }
}
