package io.labdesk.platform.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimelineChainTest {

    private static final UUID REQUEST = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static List<TimelineChain.Link> chain(String... kinds) {
        List<TimelineChain.Link> links = new ArrayList<>();
        String previous = TimelineChain.GENESIS;
        for (int i = 0; i < kinds.length; i++) {
            Instant at = Instant.parse("2026-03-02T01:00:00Z").plusSeconds(60L * i);
            String hash = TimelineChain.hash(REQUEST, i + 1, at, "li.na", kinds[i], "{}", false, previous);
            links.add(new TimelineChain.Link(REQUEST, i + 1, at, "li.na", kinds[i], "{}", false, previous, hash));
            previous = hash;
        }
        return links;
    }

    @Test
    void anIntactChainVerifies() {
        assertThat(TimelineChain.firstBroken(chain("RECEIVED", "ACKNOWLEDGE", "ASSIGN"))).isEmpty();
    }

    @Test
    void anEditedEntryIsFound() {
        List<TimelineChain.Link> links = chain("RECEIVED", "ACKNOWLEDGE", "ASSIGN");
        TimelineChain.Link l = links.get(1);
        links.set(1, new TimelineChain.Link(l.requestId(), l.seq(), l.occurredAt(), "mallory", l.kind(), l.detail(),
                l.forCustomer(), l.prevHash(), l.hash()));
        assertThat(TimelineChain.firstBroken(links)).hasValue(2);
    }

    @Test
    void aRemovedOrReorderedEntryIsFound() {
        List<TimelineChain.Link> removed = chain("RECEIVED", "ACKNOWLEDGE", "ASSIGN");
        removed.remove(1);
        assertThat(TimelineChain.firstBroken(removed)).hasValue(3);

        List<TimelineChain.Link> truncatedStart = chain("RECEIVED", "ACKNOWLEDGE");
        truncatedStart.remove(0);
        assertThat(TimelineChain.firstBroken(truncatedStart)).hasValue(2);
    }
}
