/**
 * LabDesk's configuration: each value read from a system property, else the environment, else a default, the same way
 * in development, tests and production. The ground floor of core; uses nothing of LabDesk.
 */
package io.labdesk.platform.core.config;
