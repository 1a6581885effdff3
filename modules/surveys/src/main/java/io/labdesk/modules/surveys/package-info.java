/**
 * The satisfaction survey module (满意度调查, REQUIREMENTS S1–S5): a survey after every service by private link,
 * versioned questionnaires, answers recorded by phone, satisfaction figures, and every unhappy customer followed up
 * within a tracked deadline. Compiles against platform/api only.
 */
package io.labdesk.modules.surveys;
