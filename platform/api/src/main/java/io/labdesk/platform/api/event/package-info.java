/**
 * What happens to a service request, told to the modules: received, moved along its workflow, an SLA target at risk
 * or breached. Every event belongs to one institution, and only modules that institution runs hear of it. The events
 * carry ids and names, never platform entities, and so use only the request and SLA vocabularies of this API.
 */
package io.labdesk.platform.api.event;
