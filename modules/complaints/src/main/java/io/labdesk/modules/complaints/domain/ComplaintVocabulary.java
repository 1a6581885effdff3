package io.labdesk.modules.complaints.domain;

import io.labdesk.platform.api.module.Text;

/** The names of a complaint file's kinds in both languages, for the register, the archive and the dashboard. */
public final class ComplaintVocabulary {

    private ComplaintVocabulary() {
    }

    public static Text of(Enum<?> value) {
        return switch (value.name()) {
            case "PHONE" -> Text.of("电话", "Phone");
            case "EMAIL" -> Text.of("电子邮件", "E-mail");
            case "ONLINE" -> Text.of("在线", "Online");
            case "LETTER" -> Text.of("信函", "Letter");
            case "IN_PERSON" -> Text.of("来访", "In person");
            case "TRANSFERRED" -> Text.of("转交", "Transferred");
            case "REPORT_OBJECTION" -> Text.of("对报告的异议", "Objection to a report");
            case "OTHER" -> Text.of("其他", "Other");
            case "NORMAL" -> Text.of("一般", "Normal");
            case "MAJOR" -> Text.of("重大", "Major");
            case "TECHNICAL" -> Text.of("技术类（结果、数据）", "Technical (results, data)");
            case "PROCEDURAL" -> Text.of("程序类（流程、合同、行为、保密）",
                    "Procedural (process, contract, conduct, confidentiality)");
            case "RECEIVED" -> Text.of("已收到", "Received");
            case "REFUSED" -> Text.of("不予受理", "Not accepted");
            case "ACKNOWLEDGED" -> Text.of("已确认", "Acknowledged");
            case "INVESTIGATING" -> Text.of("调查中", "Being investigated");
            case "INVESTIGATED" -> Text.of("已调查", "Investigated");
            case "DECIDED" -> Text.of("已决定", "Decided");
            case "REPLY_APPROVED" -> Text.of("复函已批准", "Reply approved");
            case "REPLIED" -> Text.of("已答复", "Answered");
            case "CLOSED" -> Text.of("已结案", "Closed");
            case "ORIGINAL_RECORDS" -> Text.of("原始记录", "Original records");
            case "EQUIPMENT" -> Text.of("设备", "Equipment");
            case "METHOD" -> Text.of("方法", "Method");
            case "ENVIRONMENT" -> Text.of("环境条件", "Environment");
            case "REPORT_COPIES" -> Text.of("报告副本", "Report copies");
            case "PAST_WINDOW" -> Text.of("超过受理期限", "Past the acceptance window");
            case "NOT_REPEATABLE" -> Text.of("检测不可重复", "The test cannot be repeated");
            case "OTHER_RULE" -> Text.of("其他按规定不予受理的情形", "Another case the rules list");
            default -> Text.of(value.name(), value.name());
        };
    }
}
