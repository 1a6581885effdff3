/**
 * What a survey is and the rules it follows, free of the server: questionnaires and their versions (S3), which
 * closed requests are surveyed and when not (S1), what an answer must hold, which answer is unhappy (S5), and the
 * figures of satisfaction (S4). Uses platform/api's values and nothing else.
 */
package io.labdesk.modules.surveys.domain;
