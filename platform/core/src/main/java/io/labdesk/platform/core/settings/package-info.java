/**
 * An institution's settings: its own (names, working language, time zone), and the history every settings change of
 * any kind is recorded in, before and after, within the change's transaction. Uses tenancy and the security log.
 */
package io.labdesk.platform.core.settings;
