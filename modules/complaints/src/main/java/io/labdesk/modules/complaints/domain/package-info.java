/**
 * What a complaint is and the rules it follows, free of the server: the complaint file and its kinds, whether it is
 * accepted, who must step aside, its deadlines and who is warned of them, the dashboard figures, the reply letter.
 * Uses platform/api's values (texts, roles, deadline plans) and nothing else.
 */
package io.labdesk.modules.complaints.domain;
