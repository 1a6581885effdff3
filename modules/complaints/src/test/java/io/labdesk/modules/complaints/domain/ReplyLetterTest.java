package io.labdesk.modules.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.letter.LetterText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplyLetterTest {

    @Test
    void theDefaultLettersFillEveryPlaceholderFromTheFile() {
        Complaint c = complaint("华东精细化工有限公司", Set.of(ComplaintKinds.Check.METHOD));

        String zh = zh(ReplyLetter.DEFAULT_ZH, c);
        String en = en(ReplyLetter.DEFAULT_EN, c);

        assertThat(zh).contains("CP-2026-0007", "HZ-JZ-2026-0815", "投诉不成立", "复核结果在允许误差内。", "衡准计量校准有限公司",
                "2026-11-23").doesNotContain("{");
        assertThat(en).contains("not upheld", "Hengzhun Metrology").doesNotContain("{");
    }

    @Test
    void theLetterOpensWithOrganisationNameAndAnHonorificThatGuessesNoGender() {
        Complaint c = complaint("华东精细化工有限公司", Set.of(ComplaintKinds.Check.METHOD));

        assertThat(zh(ReplyLetter.DEFAULT_ZH, c)).startsWith("华东精细化工有限公司 周伟 先生/女士：\n")
                .doesNotContain("有限公司周伟");
        assertThat(en(ReplyLetter.DEFAULT_EN, c)).startsWith("周伟\n华东精细化工有限公司\n\nDear 周伟,\n");

        Complaint alone = complaint(null, Set.of(ComplaintKinds.Check.METHOD));
        assertThat(zh(ReplyLetter.DEFAULT_ZH, alone)).startsWith("周伟 先生/女士：\n");
        assertThat(en(ReplyLetter.DEFAULT_EN, alone)).startsWith("周伟\n\nDear 周伟,\n");
    }

    @Test
    void theLetterStatesOnlyTheChecksThatWereTicked() {
        Complaint method = complaint("华东精细化工有限公司", Set.of(ComplaintKinds.Check.METHOD));
        assertThat(zh(ReplyLetter.DEFAULT_ZH, method)).contains("核查了检测方法。")
                .doesNotContain("原始记录", "设备", "环境", "报告副本");
        assertThat(en(ReplyLetter.DEFAULT_EN, method)).contains("checking the test method.")
                .doesNotContain("records", "equipment", "environment", "copies");

        Complaint three = complaint("华东精细化工有限公司", Set.of(ComplaintKinds.Check.ENVIRONMENT,
                ComplaintKinds.Check.ORIGINAL_RECORDS, ComplaintKinds.Check.METHOD));
        assertThat(zh(ReplyLetter.DEFAULT_ZH, three)).contains("核查了原始记录、检测方法和环境条件。")
                .doesNotContain("设备", "报告副本");
        assertThat(en(ReplyLetter.DEFAULT_EN, three))
                .contains("checking the original records, the test method and the environmental conditions.")
                .doesNotContain("equipment", "copies");
    }

    @Test
    void aTemplateSavedFromTheEarlierDefaultNoLongerGluesTheNameOrClaimsEveryCheck() {
        String earlierZh = """
                {organisation}{complainant}：

                您于 {received} 提出的投诉（编号 {number}，涉及报告 {report}）已收悉。我单位依照投诉处理程序进行了调查，\
                核查了相关原始记录、设备、方法与环境条件。

                处理结论：{decision}。""";
        String earlierEn = """
                Dear {complainant} ({organisation}),

                We received your complaint of {received} (number {number}, concerning report {report}) and \
                investigated it following our complaint procedure, checking the original records, equipment, method \
                and environment.""";
        Complaint c = complaint("华东精细化工有限公司", Set.of(ComplaintKinds.Check.REPORT_COPIES));

        assertThat(zh(earlierZh, c)).startsWith("华东精细化工有限公司 周伟 先生/女士：").contains("核查了报告副本。")
                .doesNotContain("有限公司周伟", "设备");
        assertThat(en(earlierEn, c)).startsWith("周伟\n华东精细化工有限公司\n\nDear 周伟,")
                .contains("checking the copies of the report.").doesNotContain("equipment");
    }

    @Test
    void anInstitutionsOwnSalutationIsKeptAsItWroteIt() {
        Complaint c = complaint("华东精细化工有限公司", Set.of(ComplaintKinds.Check.METHOD));

        assertThat(zh("尊敬的{complainant}女士（{organisation}）：\n\n{decision}。", c))
                .isEqualTo("尊敬的周伟女士（华东精细化工有限公司）：\n\n投诉不成立。");
    }

    @Test
    void unknownPlaceholdersAreNamedSoThatNoLetterGoesOutWithAGap() {
        List<String> known = ReplyLetter.kind("complaints.manage").placeholderNames();
        assertThat(LetterText.unknown("尊敬的{complainant}，{foo}{number}{Bar}", known)).containsExactly("foo", "Bar");
        assertThat(LetterText.unknown(ReplyLetter.DEFAULT_ZH, known)).isEmpty();
        assertThat(LetterText.unknown(ReplyLetter.DEFAULT_EN, known)).isEmpty();
    }

    private static Complaint complaint(String organisation, Set<ComplaintKinds.Check> checks) {
        Complaint c = new Complaint("CP-2026-0007", ComplaintKinds.Channel.EMAIL, null,
                ComplaintKinds.Subject.REPORT_OBJECTION, "HZ-JZ-2026-0815", LocalDate.of(2026, 11, 10), true, null,
                List.of(), List.of(), "周伟", organisation, null, "zhou.wei@hdjx.example.cn", "示值误差不符",
                Instant.parse("2026-11-20T02:00:00Z"), "liu.yang");
        c.investigated(checks, "方法正确", Instant.now());
        c.decided(false, "复核结果在允许误差内。", false, Instant.now());
        return c;
    }

    private static String zh(String template, Complaint c) {
        return ReplyLetter.fill(template, c, "zh-CN", "衡准计量校准有限公司", LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 23));
    }

    private static String en(String template, Complaint c) {
        return ReplyLetter.fill(template, c, "en", "Hengzhun Metrology", LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 23));
    }
}
