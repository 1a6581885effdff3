package io.labdesk.modules.complaints.domain;

import io.labdesk.platform.api.module.Text;
import java.util.Locale;
import java.util.Optional;

/**
 * What a complaint waits for and from whom (C3-C6): acknowledging and routing it (those who record and manage
 * complaints), the investigation and the decision (the one person assigned to each), the director's approval of a
 * major or transferred complaint's reply, and sending the reply (those who record complaints).
 */
public enum ComplaintTask {

    ACKNOWLEDGE(Text.of("待确认收到的投诉", "Complaints to acknowledge")),
    ASSIGN(Text.of("待分类和指派调查人的投诉", "Complaints to classify and assign an investigator")),
    INVESTIGATE(Text.of("待您调查的投诉", "Complaints awaiting your investigation")),
    DECIDE(Text.of("待您决定的投诉", "Complaints awaiting your decision")),
    APPROVE_REPLY(Text.of("待您批准的复函", "Replies awaiting your approval")),
    SEND_REPLY(Text.of("待发出的复函", "Replies to send"));

    private final Text label;

    ComplaintTask(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** As written in a link ({@code complaints?task=send-reply}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ComplaintTask> of(String id) {
        for (ComplaintTask t : values()) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
