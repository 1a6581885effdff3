package io.labdesk.platform.core.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/** The hash chain of a request's timeline: each entry's hash covers its content and the previous entry's hash. */
public final class TimelineChain {

    /** The "previous hash" of a timeline's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private TimelineChain() {
    }

    /** What one entry's hash covers. */
    public record Link(UUID requestId, int seq, Instant occurredAt, String actor, String kind, String detail,
                       boolean forCustomer, String prevHash, String hash) {
    }

    public static String hash(UUID requestId, int seq, Instant occurredAt, String actor, String kind, String detail,
                              boolean forCustomer, String prevHash) {
        String content = String.join("\u001f", requestId.toString(), Integer.toString(seq),
                occurredAt.toString(), actor, kind, detail, Boolean.toString(forCustomer), prevHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sequence number of the first entry that does not fit the chain, or empty when all do. */
    public static OptionalInt firstBroken(List<Link> links) {
        String previous = GENESIS;
        int expectedSeq = 1;
        for (Link l : links) {
            String recomputed = hash(l.requestId(), l.seq(), l.occurredAt(), l.actor(), l.kind(), l.detail(),
                    l.forCustomer(), l.prevHash());
            if (l.seq() != expectedSeq || !l.prevHash().equals(previous) || !recomputed.equals(l.hash())) {
                return OptionalInt.of(l.seq());
            }
            previous = l.hash();
            expectedSeq++;
        }
        return OptionalInt.empty();
    }
}
