/** What the survey module does, in transactions: questionnaires, invitations and their rounds, answers, follow-ups. */
package io.labdesk.modules.surveys.application;
