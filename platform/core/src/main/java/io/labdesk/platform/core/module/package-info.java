/**
 * The plug-in modules at run time: found through CDI and checked, switched on or off per institution within its plan,
 * their settings, entities, background work and dashboard sections, and the gate that silences a module's observers
 * where it is off. Uses tenancy, settings and the reporting period; knows modules only through the platform API.
 */
package io.labdesk.platform.core.module;
