package io.labdesk.platform.api.data;

/**
 * Numbers people quote for records (RT-2026-0001): per institution, kind and year, without gaps, in the caller's
 * transaction (the counter row stays locked until it commits, so a rolled-back record gives its number back).
 */
public interface RecordNumbers {

    /** The next number of {@code prefix} (also the counter's kind) in {@code year}: {@code PREFIX-YEAR-0001}. */
    String next(String prefix, int year);
}
