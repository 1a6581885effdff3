package io.labdesk.modules.instruments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.labdesk.platform.api.module.Text;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServiceFiguresTest {

    private static final Instant OPENED = Instant.parse("2026-11-02T01:00:00Z");

    @Test
    void theNinetiethPercentileIsTheNearestRank() {
        assertThat(ServiceFigures.percentile(List.of(3.0, 1.0, 2.0, 10.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0), 90))
                .isEqualTo(9.0);
        assertThat(ServiceFigures.percentile(List.of(3.0, 1.0, 2.0), 50)).isEqualTo(2.0);
        assertThat(ServiceFigures.percentile(List.of(), 50)).isNull();
    }

    @Test
    void casesAreCountedByKindWayAndChargeAndTheirPartsCyclesInDays() {
        ServiceCase quick = repaired(false, Duration.ofDays(3));
        ServiceCase slow = repaired(true, Duration.ofHours(9 * 24 + 12));
        ServiceCase open = new ServiceCase("IS-2026-0003", UUID.randomUUID(), opening(CaseKind.INSTALLATION),
                decision(false), OPENED, "li.na");
        ServiceFigures.Summary s = ServiceFigures.of(List.of(quick, slow, open));
        assertThat(s.opened()).isEqualTo(3);
        assertThat(s.chargeable()).isEqualTo(1);
        assertThat(s.byKind()).containsEntry(CaseKind.REPAIR, 2L).containsEntry(CaseKind.INSTALLATION, 1L);
        assertThat(s.byWay()).containsEntry(Way.PARTS_THEN_ON_SITE, 2L).doesNotContainKey(Way.ON_SITE);
        assertThat(s.partsRepair().done()).isEqualTo(2);
        assertThat(s.partsRepair().medianDays()).isEqualTo(3.0);
        assertThat(s.partsRepair().p90Days()).isEqualTo(9.5);
        assertThat(s.factoryReturn().medianDays()).isNull();
        assertThat(s.visited()).isEqualTo(2);
        assertThat(s.firstVisitFixed()).as("both waited for parts").isZero();
        assertThat(ServiceFigures.of(List.of(quick, slow, open)).byKind()).hasSize(2);
        assertThat(List.of(quick, slow, open).stream().filter(ServiceFigures.matches(ServiceFigures.Facet.WAY,
                "PARTS_THEN_ON_SITE"))).hasSize(2);
    }

    @Test
    void aVisitFixedWithoutWaitingForPartsCountsAsFixedOnTheFirstVisit() {
        ServiceCase once = new ServiceCase("IS-2026-0004", UUID.randomUUID(), opening(CaseKind.REPAIR),
                decision(false), OPENED, "li.na");
        once.diagnosed("光源老化", Way.ON_SITE, "wang.fang", OPENED.plusSeconds(600));
        once.arrived("王芳", OPENED.plusSeconds(7200));
        once.done("更换光源", null, "wang.fang", OPENED.plusSeconds(9000));
        ServiceFigures.Summary s = ServiceFigures.of(List.of(once, repaired(true, Duration.ofDays(2))));
        assertThat(s.visited()).isEqualTo(2);
        assertThat(s.firstVisitFixed()).isEqualTo(1);
    }

    private static ServiceCase repaired(boolean chargeable, Duration cycle) {
        ServiceCase c = new ServiceCase("IS-2026-0001", UUID.randomUUID(), opening(CaseKind.REPAIR),
                decision(chargeable), OPENED, "li.na");
        c.diagnosed("线圈烧蚀", Way.PARTS_THEN_ON_SITE, "wang.fang", OPENED.plusSeconds(3600));
        c.partsOrdered("线圈", OPENED.plusSeconds(7200));
        c.done("已更换", null, "wang.fang", OPENED.plusSeconds(7200).plus(cycle));
        return c;
    }

    private static ServiceCase.Opening opening(CaseKind kind) {
        return new ServiceCase.Opening(UUID.randomUUID(), "SR-2026-000001", kind, false, true, "故障", null, "周强",
                "z@example.cn", null, "zh-CN");
    }

    private static Warranty.Decision decision(boolean chargeable) {
        return new Warranty.Decision(chargeable ? Warranty.Standing.OUT_OF_WARRANTY : Warranty.Standing.IN_WARRANTY,
                Warranty.Basis.SERIAL_NUMBER, LocalDate.of(2026, 1, 1), null, chargeable, Text.of("x", "x"));
    }
}
