/**
 * Building blocks for modules' Vaadin views that look and behave like the platform's own pages (a deadline's badge,
 * charts), so a module's view never reaches into the platform's UI. Uses Vaadin's standard components and the
 * platform theme's classes only; texts come from the platform's translations.
 */
package io.labdesk.platform.api.ui;
