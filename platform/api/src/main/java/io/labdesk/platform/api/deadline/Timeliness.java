package io.labdesk.platform.api.deadline;

/**
 * How one kind of deadline (by name) fared in a period: of those whose outcome is known ({@code decided}: met,
 * missed or breached), how many were met in time.
 */
public record Timeliness(String name, long decided, long inTime) {

    /** The share met in time, in percent; null while none is decided. */
    public Double percent() {
        return decided == 0 ? null : 100.0 * inTime / decided;
    }
}
