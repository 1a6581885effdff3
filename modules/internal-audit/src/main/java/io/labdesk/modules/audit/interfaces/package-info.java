/** How people and programs reach audits: {@code /api/v1/audits}, the staff views and the dashboard figures. */
package io.labdesk.modules.audit.interfaces;
