/**
 * An institution's customers: organisations and their contact people, found again by e-mail or phone, their personal
 * data masked in lists and every full view of it logged. Uses tenancy and the security log.
 */
package io.labdesk.platform.core.customer;
