package io.labdesk.modules.instruments.application;

import io.labdesk.modules.instruments.InstrumentServiceModule;
import io.labdesk.modules.instruments.domain.Instrument;
import io.labdesk.modules.instruments.domain.MaintenancePlan;
import io.labdesk.modules.instruments.domain.Warranty;
import io.labdesk.modules.instruments.infrastructure.persistence.InstrumentRegister;
import io.labdesk.platform.api.module.BackgroundWork;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Periodic maintenance during the warranty (W6, source 002 §一.7): a plan per instrument, and a round in the
 * background that announces each visit falling due to the customer a few days ahead (the module's setting), then
 * plans the next one, until the warranty ends. The engineers find the announced visits among their home-page tasks
 * (the round runs without a signed-in user, so it cannot look up staff to e-mail).
 */
@ApplicationScoped
public class MaintenancePlans implements BackgroundWork {

    @Inject
    InstrumentRegister register;

    @Inject
    TenantModules modules;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    WorkingTime workingTime;

    @Inject
    CustomerNotices notices;

    /** Plans (or replans) visits every {@code everyMonths} from {@code firstDue} (default: one interval from today). */
    @Transactional
    public MaintenancePlan plan(UUID instrumentId, int everyMonths, LocalDate firstDue) {
        modules.require(InstrumentServiceModule.SERVICE);
        Instrument i = register.instrument(instrumentId);
        LocalDate today = LocalDate.now(workingTime.zone());
        Warranty.Decision warranty = Warranty.decide(i.coverage(), null, today, null);
        if (warranty.standing() != Warranty.Standing.IN_WARRANTY) {
            throw InvalidModuleInput.of("instrument", Text.of("定期维护保养只在保修期内安排：该仪器" + warranty.standing()
                    .label().zh() + "。", "Periodic maintenance is planned during the warranty: this instrument is "
                    + warranty.standing().label().en().toLowerCase() + "."));
        }
        if (everyMonths < 1 || everyMonths > 24) {
            throw InvalidModuleInput.of("everyMonths", Text.of("间隔为 1 到 24 个月。", "The interval is 1 to 24 months."));
        }
        LocalDate first = firstDue == null ? today.plusMonths(everyMonths) : firstDue;
        if (first.isBefore(today) || first.isAfter(warranty.coveredUntil())) {
            throw InvalidModuleInput.of("firstDue", Text.of("首次保养日期须在今天到保修期满（" + warranty.coveredUntil()
                    + "）之间。", "The first visit falls between today and the end of the warranty ("
                    + warranty.coveredUntil() + ")."));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Optional<MaintenancePlan> existing = register.planOf(instrumentId);
        MaintenancePlan plan = existing.orElseGet(() -> new MaintenancePlan(instrumentId, everyMonths, first,
                warranty.coveredUntil(), currentTenant.actor(), now));
        if (existing.isPresent()) {
            plan.replan(everyMonths, first, warranty.coveredUntil(), currentTenant.actor(), now);
        } else {
            register.add(plan);
        }
        return register.written(plan, "The maintenance plan of " + i.serialNumber());
    }

    /** How many visits were announced in the last {@code lead days}: visits to agree with the customer. */
    @Transactional
    public long announcedLately() {
        LocalDate today = LocalDate.now(workingTime.zone());
        return register.announcedSince(today.minusDays(modules.settings(InstrumentServiceModule.ID)
                .number("maintenanceLeadDays")));
    }

    @Transactional
    public Optional<MaintenancePlan> of(UUID instrumentId) {
        modules.require(InstrumentServiceModule.READ);
        return register.planOf(instrumentId);
    }

    @Override
    public String name() {
        return "instrument maintenance announcements";
    }

    /** Announces the visits falling due within the lead days, each once, and plans the next. */
    @Override
    public int run() {
        LocalDate today = LocalDate.now(workingTime.zone());
        int lead = (int) modules.settings(InstrumentServiceModule.ID).number("maintenanceLeadDays");
        List<MaintenancePlan> due = register.plansDueBy(today.plusDays(lead));
        if (due.isEmpty()) {
            return 0;
        }
        int announced = 0;
        for (MaintenancePlan plan : due) {
            Optional<LocalDate> visit = plan.dueToAnnounce(today, lead);
            if (visit.isEmpty()) {
                continue;
            }
            Instrument i = register.instrument(plan.instrumentId());
            notices.maintenanceDue(i, visit.get());
            plan.announced(visit.get(), today);
            announced++;
        }
        register.written(null, "The maintenance plans");
        return announced;
    }
}
