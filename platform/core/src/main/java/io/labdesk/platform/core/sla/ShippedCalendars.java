package io.labdesk.platform.core.sla;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.tenant.AccessDenied;
import io.labdesk.platform.core.config.Setting;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.Tenant;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.core.tenant.TenantDirectory;
import io.labdesk.platform.core.tenant.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The calendars shipped in tenants/calendars/ as the operator keeps them: a year's official holidays and make-up
 * working days added once reach every institution whose calendar follows that calendar; and which institutions'
 * calendars lack the holidays of a year that has begun or begins soon.
 */
@ApplicationScoped
public class ShippedCalendars {

    private static final Logger LOG = Logger.getLogger(ShippedCalendars.class.getName());

    @Inject
    TenantDirectory directory;

    @Inject
    TenantTransactions transactions;

    @Inject
    TenantCalendars calendars;

    /** An institution whose calendar has no holidays for {@code years}. */
    public record Shortfall(Tenant tenant, List<Integer> years) {
    }

    /**
     * Sets {@code year}'s holidays and make-up working days of shipped calendar {@code id} (the year's official
     * notice), writes the calendar back to its file and hands the year to every institution that follows it.
     *
     * @return how many institutions took it
     */
    public int putYear(String id, int year, List<CalendarDefinition.Holiday> holidays, List<LocalDate> workdays) {
        requirePlatformAdmin();
        Path file = file(id);
        String text = read(file);
        Map<String, String> problems = new LinkedHashMap<>();
        if (year < 2000 || year > 2100) {
            problems.put("year", "validation.calendar.year");
        } else {
            if (holidays.isEmpty()) {
                problems.put("holidays", "validation.calendar.yearHolidays");
            }
            for (CalendarDefinition.Holiday h : holidays) {
                if (h.from() == null || h.to() == null || h.from().getYear() != year || h.to().isBefore(h.from())
                        || h.to().toEpochDay() - h.from().toEpochDay() > 31 || h.name() == null
                        || h.name().isBlank()) {
                    problems.put("holidays", "validation.calendar.yearHoliday");
                }
            }
            if (workdays.stream().anyMatch(d -> d == null || d.getYear() != year)) {
                problems.put("workdays", "validation.calendar.yearWorkdays");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CalendarDefinition changed = CalendarDefinition.parse(text).withYear(year, holidays, workdays);
        problems.putAll(changed.problems());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        write(file, header(text) + changed.yaml());
        return spread(id);
    }

    /** Hands shipped calendar {@code id}'s years to the institutions that follow it and lack them. */
    public int spread(String id) {
        CalendarDefinition shipped = CalendarTemplates.available().get(id);
        if (shipped == null) {
            return 0;
        }
        int reached = 0;
        for (Tenant tenant : directory.allTenants()) {
            try {
                if (!transactions.inTenant(tenant.id(), () -> calendars.takeNewYears(id, shipped)).isEmpty()) {
                    reached++;
                }
            } catch (RuntimeException e) {
                // One institution's stale or broken calendar must not keep the year from the others.
                LOG.log(Level.WARNING, "Calendar " + id + " not taken by " + tenant.slug(), e);
            }
        }
        return reached;
    }

    /** On start: every shipped calendar's years reach the institutions that follow it (a file edited by hand). */
    public void spreadAll() {
        CalendarTemplates.available().keySet().forEach(this::spread);
    }

    /** The institutions whose calendar lacks the holidays of this year or of one starting within 60 days. */
    public List<Shortfall> shortfalls() {
        requirePlatformAdmin();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (Tenant tenant : directory.allTenants()) {
            List<Integer> years = transactions.inTenant(tenant.id(), calendars::missingYears);
            if (!years.isEmpty()) {
                shortfalls.add(new Shortfall(tenant, years));
            }
        }
        return shortfalls;
    }

    private static Path file(String id) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new NotFound("calendar template", null);
        }
        Path file = Setting.TENANTS_DIR.value().map(dir -> Path.of(dir, "calendars", id + ".yaml"))
                .filter(Files::isRegularFile).orElse(null);
        if (file == null) {
            throw new NotFound("calendar template", null);
        }
        return file;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaced whole, so that a reader never sees half a calendar. */
    private static void write(Path file, String text) {
        try {
            Path next = Files.createTempFile(file.getParent(), ".calendar", ".yaml");
            Files.writeString(next, text, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's opening comment (where the notices it follows are named), kept when it is written back. */
    static String header(String text) {
        StringBuilder header = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line).append('\n');
        }
        return header.toString();
    }

    private static void requirePlatformAdmin() {
        if (!TenantContext.current().map(TenantContext.Binding::platformAdmin).orElse(false)) {
            throw new AccessDenied(Set.of());
        }
    }
}
