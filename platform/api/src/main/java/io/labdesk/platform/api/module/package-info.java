/**
 * The plug-in contract. A module describes itself here (its name and permissions, views and navigation, typed
 * settings, tables, public forms, dashboard figures and background work) and the platform fits each piece into its
 * own place for the institutions that switched the module on; modules raise module events for one another and never
 * call each other. Texts come in both languages. May use the other packages of this API, and nothing of the platform
 * behind it.
 */
package io.labdesk.platform.api.module;
