package io.labdesk.modules.instruments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceLevelsTest {

    private static final ServiceLevels LEVELS = new ServiceLevels(12, 48, 24, 48,
            ServiceLevels.area("武汉市，洪山区; 武昌区、Wuhan"), 7, 10, 15);

    @Test
    void theAreaSettingIsSplitAtCommasSemicolonsAndEnumerationCommas() {
        assertThat(ServiceLevels.area(" 武汉市，洪山区; 武昌区、Wuhan\n")).containsExactly("武汉市", "洪山区", "武昌区", "Wuhan");
        assertThat(ServiceLevels.area("")).isEmpty();
    }

    @Test
    void anInstrumentDownInTheLocalAreaIsDueOnSiteWithin24HoursElsewhere48() {
        assertThat(LEVELS.onSite(true, "湖北省武汉市洪山区珞喻路 1037 号")).isEqualTo(Duration.ofHours(24));
        assertThat(LEVELS.onSite(true, "No. 8, Wuhan East Lake")).isEqualTo(Duration.ofHours(24));
        assertThat(LEVELS.onSite(true, "湖南省长沙市岳麓区")).isEqualTo(Duration.ofHours(48));
        assertThat(LEVELS.onSite(true, null)).as("a place not recorded is not local").isEqualTo(Duration.ofHours(48));
    }

    @Test
    void anInstrumentThatStillWorksIsDueOnSiteWithinTheGeneralLevelWherever() {
        assertThat(LEVELS.onSite(false, "武汉市洪山区")).isEqualTo(Duration.ofHours(48));
        assertThat(new ServiceLevels(12, 36, 24, 48, List.of(), 7, 10, 15).onSite(false, "长沙"))
                .isEqualTo(Duration.ofHours(36));
        assertThat(LEVELS.proposal()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void aPartsRepairRunsSevenWorkingDaysAndAFactoryReturnFifteenWarnedAfterTheTenthPromised() {
        assertThat(LEVELS.cycle(Way.PARTS_THEN_ON_SITE, 80)).contains(
                new ServiceLevels.Cycle(ServiceLevels.PARTS_REPAIR, 7, 80));
        assertThat(LEVELS.cycle(Way.FACTORY_RETURN, 80)).contains(
                new ServiceLevels.Cycle(ServiceLevels.FACTORY_RETURN, 15, 66));
        assertThat(LEVELS.cycle(Way.ON_SITE, 80)).isEmpty();
        assertThat(LEVELS.cycle(Way.PHONE_REMOTE, 80)).isEmpty();
    }
}
