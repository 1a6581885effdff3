/**
 * An institution's security log: sign-ins, changes of roles, settings and status, views of customers' personal data,
 * written as they happen and never changed afterwards. Needs tenancy only, so that everything above may write to it.
 */
package io.labdesk.platform.core.security;
