/**
 * The register of corrective and preventive actions (CAPA): raised by a module or by hand, planned, carried out step
 * by step, checked for effectiveness by someone independent and closed. Uses tenancy, staff and settings; modules
 * reach it through the platform API.
 */
package io.labdesk.platform.core.capa;
