package io.labdesk.modules.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplyLetterTest {

    @Test
    void theDefaultLettersFillEveryPlaceholderFromTheFile() {
        Complaint c = new Complaint("CP-2026-0007", ComplaintKinds.Channel.EMAIL, null,
                ComplaintKinds.Subject.REPORT_OBJECTION, "HZ-JZ-2026-0815", LocalDate.of(2026, 11, 10), true, null,
                List.of(), List.of(), "周伟", "华东精细化工有限公司", null, "zhou.wei@hdjx.example.cn", "示值误差不符",
                Instant.parse("2026-11-20T02:00:00Z"), "liu.yang");
        c.investigated(Set.of(ComplaintKinds.Check.METHOD), "方法正确", Instant.now());
        c.decided(false, "复核结果在允许误差内。", false, Instant.now());

        String zh = ReplyLetter.fill(ReplyLetter.DEFAULT_ZH, c, "zh-CN", "衡准计量校准有限公司",
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23));
        String en = ReplyLetter.fill(ReplyLetter.DEFAULT_EN, c, "en", "Hengzhun Metrology", LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 23));

        assertThat(zh).contains("华东精细化工有限公司周伟：", "CP-2026-0007", "HZ-JZ-2026-0815", "投诉不成立",
                "复核结果在允许误差内。", "衡准计量校准有限公司", "2026-11-23").doesNotContain("{");
        assertThat(en).contains("Dear 周伟", "not upheld", "Hengzhun Metrology").doesNotContain("{");
    }

    @Test
    void unknownPlaceholdersAreNamedSoThatNoLetterGoesOutWithAGap() {
        assertThat(ReplyLetter.unknownPlaceholders("尊敬的{complainant}，{foo}{number}{Bar}")).containsExactly("foo",
                "Bar");
        assertThat(ReplyLetter.unknownPlaceholders(ReplyLetter.DEFAULT_ZH)).isEmpty();
        assertThat(ReplyLetter.unknownPlaceholders(ReplyLetter.DEFAULT_EN)).isEmpty();
    }
}
