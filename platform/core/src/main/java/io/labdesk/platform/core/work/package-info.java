/**
 * The signed-in staff member's open work as the home page counts it: their requests, the corrective actions they
 * own and the deadlines at risk that concern them. Uses requests, CAPA and tracked deadlines.
 */
package io.labdesk.platform.core.work;
