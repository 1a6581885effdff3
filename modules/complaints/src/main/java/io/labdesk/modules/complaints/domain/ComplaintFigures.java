package io.labdesk.modules.complaints.domain;

import io.labdesk.platform.api.deadline.TrackedDeadline;
import io.labdesk.platform.api.sla.SlaState;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A period's complaint figures (received, by channel and type, acknowledged in time, answered in time, upheld),
 * and the same conditions as filters, so that each number lists exactly the complaints it counts.
 */
public final class ComplaintFigures {

    /** What a number or bar counts; {@code CHANNEL} and {@code NATURE} take a value. */
    public enum Facet { RECEIVED, REFUSED, ACKNOWLEDGED_LATE, ANSWERED_LATE, UPHELD, MAJOR_OPEN, CHANNEL, NATURE }

    /** On time of decided, and the share; {@code percent} null when nothing is decided yet. */
    public record Rate(long onTime, long decided) {

        public Double percent() {
            return decided == 0 ? null : 100.0 * onTime / decided;
        }
    }

    public record Summary(long received, long refused, Rate acknowledged, Rate answered, long decided, long upheld,
                          long majorOpen, Map<ComplaintKinds.Channel, Long> byChannel,
                          Map<ComplaintKinds.Nature, Long> byNature, long unclassified) {
    }

    private ComplaintFigures() {
    }

    /** The figures of {@code received}, whose deadlines {@code deadlines} holds by complaint. */
    public static Summary of(List<Complaint> received, Map<UUID, List<TrackedDeadline>> deadlines) {
        Map<ComplaintKinds.Channel, Long> channels = new EnumMap<>(ComplaintKinds.Channel.class);
        Map<ComplaintKinds.Nature, Long> natures = new EnumMap<>(ComplaintKinds.Nature.class);
        long refused = 0;
        long ackOnTime = 0;
        long ackDecided = 0;
        long answerOnTime = 0;
        long answerDecided = 0;
        long decided = 0;
        long upheld = 0;
        long majorOpen = 0;
        long unclassified = 0;
        for (Complaint c : received) {
            channels.merge(c.channel(), 1L, Long::sum);
            if (c.status() == ComplaintKinds.Status.REFUSED) {
                refused++;
                continue;
            }
            if (c.nature() == null) {
                unclassified++;
            } else {
                natures.merge(c.nature(), 1L, Long::sum);
            }
            List<TrackedDeadline> clock = deadlines.getOrDefault(c.id(), List.of());
            Optional<TrackedDeadline> ack = acknowledging(clock);
            if (ack.isPresent() && ack.get().decided()) {
                ackDecided++;
                ackOnTime += ack.get().late() ? 0 : 1;
            }
            Boolean answered = answeredInTime(clock);
            if (answered != null) {
                answerDecided++;
                answerOnTime += answered ? 1 : 0;
            }
            if (c.upheld() != null) {
                decided++;
                upheld += c.upheld() ? 1 : 0;
            }
            majorOpen += majorOpen(c) ? 1 : 0;
        }
        return new Summary(received.size(), refused, new Rate(ackOnTime, ackDecided),
                new Rate(answerOnTime, answerDecided), decided, upheld, majorOpen, channels, natures, unclassified);
    }

    /** The complaints a number counts. */
    public static Predicate<Complaint> matching(Facet facet, String value, Map<UUID, List<TrackedDeadline>> deadlines) {
        return switch (facet) {
            case RECEIVED -> c -> true;
            case REFUSED -> c -> c.status() == ComplaintKinds.Status.REFUSED;
            case ACKNOWLEDGED_LATE -> c -> c.status() != ComplaintKinds.Status.REFUSED
                    && acknowledging(deadlines.getOrDefault(c.id(), List.of())).map(TrackedDeadline::late).orElse(false);
            case ANSWERED_LATE -> c -> c.status() != ComplaintKinds.Status.REFUSED
                    && Boolean.FALSE.equals(answeredInTime(deadlines.getOrDefault(c.id(), List.of())));
            case UPHELD -> c -> Boolean.TRUE.equals(c.upheld());
            case MAJOR_OPEN -> ComplaintFigures::majorOpen;
            case CHANNEL -> c -> c.channel().name().equals(value);
            case NATURE -> c -> c.status() != ComplaintKinds.Status.REFUSED
                    && (c.nature() == null ? "NONE".equals(value) : c.nature().name().equals(value));
        };
    }

    /** All answers (preliminary, detailed, final) in time: true; any late: false; still running: null. */
    static Boolean answeredInTime(List<TrackedDeadline> clock) {
        List<TrackedDeadline> answers = clock.stream()
                .filter(m -> !m.name().equals(ComplaintDeadlines.Step.ACKNOWLEDGE.name())).toList();
        if (answers.isEmpty()) {
            return null;
        }
        if (answers.stream().anyMatch(TrackedDeadline::late)) {
            return false;
        }
        return answers.stream().allMatch(m -> m.state() == SlaState.MET) ? true : null;
    }

    private static Optional<TrackedDeadline> acknowledging(List<TrackedDeadline> clock) {
        return clock.stream().filter(d -> d.name().equals(ComplaintDeadlines.Step.ACKNOWLEDGE.name())).findFirst();
    }

    /** A major complaint is tracked until its file is closed (C6). */
    private static boolean majorOpen(Complaint c) {
        return c.severity() == ComplaintKinds.Severity.MAJOR && c.status() != ComplaintKinds.Status.CLOSED
                && c.status() != ComplaintKinds.Status.REFUSED;
    }
}
