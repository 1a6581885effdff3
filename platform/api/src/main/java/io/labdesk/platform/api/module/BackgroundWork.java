package io.labdesk.platform.api.module;

/**
 * Work a module does in the background for each institution that runs it (watching its own deadlines, say):
 * every ten seconds, with the institution bound and in a transaction of its own, so that row-level security
 * applies and one institution's failure leaves the others alone. Claim rows with {@code FOR UPDATE SKIP LOCKED}
 * where several servers could take the same work.
 */
public interface BackgroundWork {

    /** What it does, for the log. */
    String name();

    /** Does one round for the current institution; answers how many items it handled. */
    int run();
}
