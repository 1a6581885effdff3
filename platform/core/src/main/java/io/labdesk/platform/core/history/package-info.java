/**
 * Entity history as Hibernate Envers keeps it: every state of an audited record (service requests, customers, SLA
 * policies) with who changed it and when, stamped with the institution. Uses tenancy only.
 */
package io.labdesk.platform.core.history;
