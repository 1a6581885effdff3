/**
 * Vaadin building blocks that the platform's own views and modules' views share, so a module's page looks and
 * behaves like the platform's without depending on platform/ui: a deadline's badge, charts drawn by Apache ECharts
 * from its webjar, the one way to confirm an action (Feedback) and what an empty list shows (EmptyState).
 * May use Vaadin Flow and the rest of platform/api, never platform/core or platform/ui.
 */
package io.labdesk.platform.api.ui;
