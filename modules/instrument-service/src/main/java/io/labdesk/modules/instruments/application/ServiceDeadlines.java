package io.labdesk.modules.instruments.application;

import io.labdesk.modules.instruments.InstrumentServiceModule;
import io.labdesk.modules.instruments.domain.ServiceCase;
import io.labdesk.modules.instruments.domain.ServiceLevels;
import io.labdesk.platform.api.deadline.DeadlinePlan;
import io.labdesk.platform.api.deadline.Recipients;
import io.labdesk.platform.api.deadline.Timeliness;
import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.deadline.TrackedDeadlines;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A case's service levels (W3) on the platform's tracked deadlines: the solution proposal and the engineer on site in
 * clock hours from the request, the repair cycle in working days from the agreed way. The platform's watch warns.
 */
@ApplicationScoped
class ServiceDeadlines {

    @Inject
    TrackedDeadlines deadlines;

    @Inject
    TenantModules modules;

    ServiceLevels levels() {
        ModuleSettings s = settings();
        return new ServiceLevels((int) s.number("proposalHours"), (int) s.number("onSiteHours"),
                (int) s.number("downLocalHours"), (int) s.number("downElsewhereHours"),
                ServiceLevels.area(s.text("localArea")), (int) s.number("partsRepairDays"),
                (int) s.number("factoryReturnPromisedDays"), (int) s.number("factoryReturnDays"));
    }

    void proposalDue(ServiceCase c, Instant received) {
        deadlines.start(plan(c, ServiceLevels.PROPOSAL, Text.of("提出解决方案", "proposing a solution"))
                .lasting(received, levels().proposal(), false)
                .warn(engineers(), Recipients.roles(TenantRole.SUPERVISOR)).build());
    }

    void proposed(ServiceCase c, Instant at) {
        meetIfOpen(c, ServiceLevels.PROPOSAL, at);
    }

    /** The engineer is due on site, counted from the request ({@code place}: where the instrument stands). */
    void onSiteDue(ServiceCase c, Instant received, String place) {
        deadlines.start(plan(c, ServiceLevels.ON_SITE, Text.of("工程师到达现场", "the engineer on site"))
                .lasting(received, levels().onSite(c.instrumentDown(), place), false)
                .warn(engineers(), Recipients.roles(TenantRole.SUPERVISOR, TenantRole.DIRECTOR)).build());
    }

    void onSite(ServiceCase c, Instant at) {
        meetIfOpen(c, ServiceLevels.ON_SITE, at);
    }

    /** The cycle the agreed way starts (parts, factory return), if it has one; its name. */
    Optional<String> cycleDue(ServiceCase c, Instant from) {
        Optional<ServiceLevels.Cycle> cycle = levels().cycle(c.way(), (int) settings().number("warningPercent"));
        cycle.ifPresent(x -> deadlines.start(DeadlinePlan.of(InstrumentServiceModule.ID, c.id(), x.name())
                .says(c.number(), x.name().equals(ServiceLevels.PARTS_REPAIR)
                        ? Text.of("完成需订配件的维修", "completing the repair with parts")
                        : Text.of("完成返厂维修", "completing the factory return"), about(c))
                .link(link(c)).warningAt(x.warningPercent()).withinWorkingDays(from, x.workingDays())
                .warn(engineers(), Recipients.roles(TenantRole.SUPERVISOR, TenantRole.DIRECTOR)).build()));
        return cycle.map(ServiceLevels.Cycle::name);
    }

    void cycleDone(ServiceCase c, Instant at) {
        meetIfOpen(c, ServiceLevels.PARTS_REPAIR, at);
        meetIfOpen(c, ServiceLevels.FACTORY_RETURN, at);
    }

    /** The running repair cycle, if any: its due time tells whether a longer cycle is told in time. */
    Optional<TrackedDeadline> runningCycle(ServiceCase c) {
        return deadlines.of(c.id()).stream().filter(d -> d.state().open())
                .filter(d -> d.name().equals(ServiceLevels.PARTS_REPAIR) || d.name().equals(ServiceLevels.FACTORY_RETURN))
                .findFirst();
    }

    /** The clocks wait for the customer (a quote to answer). */
    void pause(ServiceCase c, Instant at) {
        deadlines.pause(c.id(), at);
    }

    void resume(ServiceCase c, Instant at) {
        deadlines.resume(c.id(), at);
    }

    void stop(ServiceCase c) {
        deadlines.of(c.id()).stream().filter(d -> d.state().open()).forEach(d -> deadlines.cancel(c.id(), d.name()));
    }

    List<TrackedDeadline> of(UUID id) {
        return deadlines.of(id);
    }

    List<Timeliness> timeliness(Instant from, Instant until) {
        return deadlines.timeliness(InstrumentServiceModule.ID, from, until);
    }

    Recipients chargers() {
        return Recipients.roles(TenantRole.SUPERVISOR, TenantRole.DIRECTOR);
    }

    private void meetIfOpen(ServiceCase c, String name, Instant at) {
        if (deadlines.of(c.id()).stream().anyMatch(d -> d.name().equals(name) && d.state().open())) {
            deadlines.meet(c.id(), name, at);
        }
    }

    private Recipients engineers() {
        return Recipients.roles(TenantRole.TECHNICAL_MANAGER, TenantRole.SUPERVISOR);
    }

    private DeadlinePlan.Builder plan(ServiceCase c, String name, Text step) {
        return DeadlinePlan.of(InstrumentServiceModule.ID, c.id(), name).says(c.number(), step, about(c))
                .link(link(c)).warningAt((int) settings().number("warningPercent"));
    }

    static String link(ServiceCase c) {
        return "service-cases/" + c.id();
    }

    private static Text about(ServiceCase c) {
        return Text.of("仪器服务单 " + c.number() + "（请求 " + c.requestNumber() + "）",
                "service case " + c.number() + " (request " + c.requestNumber() + ")");
    }

    private ModuleSettings settings() {
        return modules.settings(InstrumentServiceModule.ID);
    }
}
