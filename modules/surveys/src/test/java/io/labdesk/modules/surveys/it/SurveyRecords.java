package io.labdesk.modules.surveys.it;

import io.labdesk.testkit.IsolationRecords;
import java.util.List;
import java.util.UUID;

/** A questionnaire with a version, an invitation answered unhappily, its follow-up, a complaint hold and a campaign. */
public class SurveyRecords implements IsolationRecords {

    @Override
    public List<String> statements(UUID tenant) {
        String t = "'" + tenant + "'";
        String questionnaire = "(SELECT id FROM survey_questionnaire WHERE tenant_id = " + t + " AND code = 'isolation')";
        String version = "(SELECT id FROM survey_questionnaire_version WHERE questionnaire_id = " + questionnaire
                + " AND number = 1)";
        String invitation = "(SELECT id FROM survey_invitation WHERE tenant_id = " + t
                + " AND request_number = 'SR-2000-ISOLATION')";
        String answer = "(SELECT id FROM survey_answer WHERE invitation_id = " + invitation + ")";
        return List.of(
                "INSERT INTO survey_questionnaire (id, tenant_id, code, name_zh, name_en, current_version, updated_at) "
                        + "SELECT gen_random_uuid(), " + t + ", 'isolation', '隔离', 'isolation', 1, now() WHERE NOT "
                        + "EXISTS " + questionnaire,
                "INSERT INTO survey_questionnaire_version (id, tenant_id, questionnaire_id, number, items, created_at, "
                        + "created_by) SELECT gen_random_uuid(), " + t + ", " + questionnaire + ", 1, '[]', now(), "
                        + "'test' WHERE NOT EXISTS " + version,
                "INSERT INTO survey_invitation (id, tenant_id, request_number, contact_name, language, "
                        + "questionnaire_version_id, status, created_at, send_at) SELECT gen_random_uuid(), " + t
                        + ", 'SR-2000-ISOLATION', 'seed', 'zh-CN', " + version + ", 'ANSWERED', now(), now() WHERE "
                        + "NOT EXISTS " + invitation,
                "INSERT INTO survey_answer (id, tenant_id, invitation_id, questionnaire_version_id, channel, language, "
                        + "answered_at, unhappy) SELECT gen_random_uuid(), " + t + ", " + invitation + ", " + version
                        + ", 'LINK', 'zh-CN', now(), true WHERE NOT EXISTS " + answer,
                "INSERT INTO survey_answer_item (id, tenant_id, answer_id, item_code, kind, score) SELECT "
                        + "gen_random_uuid(), " + t + ", " + answer + ", 'overall', 'RATING', 1 WHERE NOT EXISTS "
                        + "(SELECT 1 FROM survey_answer_item WHERE answer_id = " + answer + ")",
                "INSERT INTO survey_follow_up (id, tenant_id, number, answer_id, reason_zh, reason_en, status, "
                        + "opened_at) SELECT gen_random_uuid(), " + t + ", 'SF-2000-0001', " + answer + ", '隔离', "
                        + "'isolation', 'OPEN', now() WHERE NOT EXISTS (SELECT 1 FROM survey_follow_up WHERE "
                        + "answer_id = " + answer + ")",
                "INSERT INTO survey_campaign (id, tenant_id, name, questionnaire_version_id, period_from, period_to, "
                        + "channel, created_at, created_by) SELECT gen_random_uuid(), " + t + ", 'isolation', " + version
                        + ", DATE '2000-01-01', DATE '2000-12-31', 'PHONE', now(), 'test' WHERE NOT EXISTS (SELECT 1 "
                        + "FROM survey_campaign WHERE tenant_id = " + t + " AND name = 'isolation')",
                "INSERT INTO survey_complaint_hold (id, tenant_id, complaint_id, customer_id, opened_at) SELECT "
                        + "gen_random_uuid(), " + t + ", gen_random_uuid(), gen_random_uuid(), now() WHERE NOT EXISTS "
                        + "(SELECT 1 FROM survey_complaint_hold WHERE tenant_id = " + t + ")");
    }
}
