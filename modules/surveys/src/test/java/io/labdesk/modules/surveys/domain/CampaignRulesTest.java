package io.labdesk.modules.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labdesk.platform.api.module.InvalidModuleInput;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignRulesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @Test
    void eachCustomerIsInvitedOnceByTheChannelsAddress() {
        List<CampaignRules.Customer> kept = CampaignRules.checked("2026 年度客户满意度调查", FROM, TO,
                CampaignChannel.EMAIL, List.of(
                        new CampaignRules.Customer("郑涛", "汉江水务", "zheng@hj.example.cn", null, null),
                        new CampaignRules.Customer("郑涛", "汉江水务", "ZHENG@hj.example.cn ", "138", "en"),
                        new CampaignRules.Customer("吴敏", null, "wu@jc.example.cn", null, "en")));
        assertThat(kept).extracting(CampaignRules.Customer::email).containsExactly("zheng@hj.example.cn",
                "wu@jc.example.cn");
        assertThat(kept.get(1).language()).isEqualTo("en");
        assertThat(kept.get(0).language()).isEqualTo("zh-CN");
    }

    @Test
    void aCustomerTheChannelCannotReachOrAPeriodBackwardsIsRefused() {
        List<CampaignRules.Customer> noPhone = List.of(new CampaignRules.Customer("郑涛", null, "zheng@hj.example.cn",
                null, null));
        assertThatThrownBy(() -> CampaignRules.checked("电话回访", FROM, TO, CampaignChannel.PHONE, noPhone))
                .isInstanceOfSatisfying(InvalidModuleInput.class, e -> assertThat(e.messages().get("customers").zh())
                        .isEqualTo("第 1 位客户缺少姓名或电话。"));
        assertThatThrownBy(() -> CampaignRules.checked("年度调查", TO, FROM, CampaignChannel.EMAIL, noPhone))
                .isInstanceOfSatisfying(InvalidModuleInput.class, e -> assertThat(e.messages()).containsKey("to"));
        assertThatThrownBy(() -> CampaignRules.checked("年度调查", FROM, TO, CampaignChannel.EMAIL, List.of()))
                .isInstanceOf(InvalidModuleInput.class);
    }

    @Test
    void fewerCampaignsThisYearThanAskedForIsShort() {
        assertThat(CampaignRules.shortOf(0, 1)).isTrue();
        assertThat(CampaignRules.shortOf(1, 1)).isFalse();
        assertThat(CampaignRules.shortOf(0, 0)).as("none asked").isFalse();
    }
}
