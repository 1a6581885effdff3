package io.labdesk.modules.instruments.domain;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The service levels a case is held to (W3, sources 002 and 004), as the institution set them: a solution proposal
 * within hours of the request, an engineer on site within hours — fewer for an instrument that is down where it
 * stands in the local service area, more elsewhere — and, once the way is agreed, a repair cycle in working days for
 * a repair that waits for parts or a return to the factory. A factory return is promised within its lower bound and
 * warned of there; its upper bound is the deadline. The first response is the request's own SLA, not repeated here.
 *
 * @param localArea the cities and districts of the local service area, as written in the instruments' places
 */
public record ServiceLevels(int proposalHours, int onSiteHours, int downLocalHours, int downElsewhereHours,
                            List<String> localArea, int partsRepairDays, int factoryReturnPromisedDays,
                            int factoryReturnDays) {

    public static final String PROPOSAL = "PROPOSAL";
    public static final String ON_SITE = "ON_SITE";
    public static final String PARTS_REPAIR = "PARTS_REPAIR";
    public static final String FACTORY_RETURN = "FACTORY_RETURN";

    public ServiceLevels {
        localArea = List.copyOf(localArea);
        if (factoryReturnPromisedDays > factoryReturnDays) {
            throw new IllegalArgumentException("The promised factory return cannot exceed its limit");
        }
    }

    /** A cycle in working days and the share of it after which it is warned of. */
    public record Cycle(String name, int workingDays, int warningPercent) {
    }

    /** The area as a setting lists it: names split at commas, semicolons, 、 or line breaks. */
    public static List<String> area(String setting) {
        return setting == null ? List.of() : Arrays.stream(setting.split("[,，;；、\\n]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Whether an instrument standing at {@code place} is inside the local service area (any listed name in it). */
    public boolean local(String place) {
        if (place == null || place.isBlank()) {
            return false;
        }
        String p = place.replaceAll("\\s+", "");
        return localArea.stream().anyMatch(name -> p.contains(name.replaceAll("\\s+", "")));
    }

    /** Within how long an engineer is on site for an instrument at {@code place}, {@code down} or not. */
    public Duration onSite(boolean down, String place) {
        if (!down) {
            return Duration.ofHours(onSiteHours);
        }
        return Duration.ofHours(local(place) ? downLocalHours : downElsewhereHours);
    }

    public Duration proposal() {
        return Duration.ofHours(proposalHours);
    }

    /**
     * The repair cycle the agreed way starts, warned at {@code warningPercent} of it unless the cycle has a promised
     * bound of its own (a factory return: warned once the promise passes).
     */
    public Optional<Cycle> cycle(Way way, int warningPercent) {
        return switch (way) {
            case PARTS_THEN_ON_SITE -> Optional.of(new Cycle(PARTS_REPAIR, partsRepairDays, warningPercent));
            case FACTORY_RETURN -> Optional.of(new Cycle(FACTORY_RETURN, factoryReturnDays,
                    Math.max(1, Math.min(99, factoryReturnPromisedDays * 100 / factoryReturnDays))));
            default -> Optional.empty();
        };
    }
}
