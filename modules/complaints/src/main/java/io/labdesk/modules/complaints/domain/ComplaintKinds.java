package io.labdesk.modules.complaints.domain;

/** The vocabulary of a complaint file. */
public final class ComplaintKinds {

    private ComplaintKinds() {
    }

    /** How the complaint reached the institution (C1); TRANSFERRED: passed on by another body (转交). */
    public enum Channel { PHONE, EMAIL, ONLINE, LETTER, IN_PERSON, TRANSFERRED }

    /** What it is about: an objection to a report (the report's window applies) or anything else. */
    public enum Subject { REPORT_OBJECTION, OTHER }

    public enum Severity { NORMAL, MAJOR }

    /** Technical (results, data) goes to the technical manager; procedural (process, contract, conduct) to quality. */
    public enum Nature { TECHNICAL, PROCEDURAL }

    public enum Status { RECEIVED, REFUSED, ACKNOWLEDGED, INVESTIGATING, INVESTIGATED, DECIDED, REPLY_APPROVED,
        REPLIED, CLOSED }

    /** What an investigation checks (C4): the original records, equipment, method, environment, report copies. */
    public enum Check { ORIGINAL_RECORDS, EQUIPMENT, METHOD, ENVIRONMENT, REPORT_COPIES }
}
