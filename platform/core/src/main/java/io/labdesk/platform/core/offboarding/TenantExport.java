package io.labdesk.platform.core.offboarding;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/** One export of all of a tenant's data as it runs: how far it got, and the archive once it is written. */
public final class TenantExport {

    public enum Status { RUNNING, DONE, FAILED }

    private final UUID id = UUID.randomUUID();
    private final String slug;
    private final UUID tenantId;
    private final String requestedBy;
    private final Instant startedAt = Instant.now();
    private volatile Status status = Status.RUNNING;
    private volatile int tablesDone;
    private volatile int tables;
    private volatile long rows;
    private volatile Instant finishedAt;
    private volatile Path archive;
    private volatile String failure;

    TenantExport(String slug, UUID tenantId, String requestedBy) {
        this.slug = slug;
        this.tenantId = tenantId;
        this.requestedBy = requestedBy;
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    UUID tenantId() {
        return tenantId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Status status() {
        return status;
    }

    public int tablesDone() {
        return tablesDone;
    }

    public int tables() {
        return tables;
    }

    public long rows() {
        return rows;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String failure() {
        return failure;
    }

    Path archive() {
        return archive;
    }

    /** Done in percent; 100 only once the archive is complete. */
    public int percent() {
        if (status == Status.DONE) {
            return 100;
        }
        return tables == 0 ? 0 : Math.min(99, tablesDone * 100 / tables);
    }

    /** The archive's file name, as offered for download. */
    public String fileName() {
        return "labdesk-" + slug + "-" + startedAt.toString().replace(":", "").substring(0, 15) + ".zip";
    }

    void planned(int tables) {
        this.tables = tables;
    }

    void tableDone(long rowsOfTable) {
        this.rows += rowsOfTable;
        this.tablesDone++;
    }

    void done(Path archive) {
        this.archive = archive;
        this.finishedAt = Instant.now();
        this.status = Status.DONE;
    }

    void failed(String why) {
        this.failure = why;
        this.finishedAt = Instant.now();
        this.status = Status.FAILED;
    }
}
