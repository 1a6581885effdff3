package io.labdesk.modules.surveys.domain;

import java.util.UUID;

/**
 * Which closed requests are surveyed when the institution asks only a share of them: decided by the request's id, so
 * the same request is always in or out (a reopened and closed again request does not get a second chance) and the
 * share holds over many requests.
 */
public final class Sampling {

    private Sampling() {
    }

    public static boolean takes(UUID request, int percent) {
        if (percent >= 100) {
            return true;
        }
        if (percent <= 0) {
            return false;
        }
        long mixed = request.getMostSignificantBits() ^ Long.rotateLeft(request.getLeastSignificantBits(), 17);
        mixed *= 0x9E3779B97F4A7C15L;
        return Math.floorMod(mixed >>> 11, 100L) < percent;
    }
}
