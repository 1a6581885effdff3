/**
 * What an instrument, its warranty and a service case are and the rules they follow, free of the server: the
 * warranty decision (W2), the service levels by urgency and place (W3), the ways of service (W4) and what a quote may
 * charge. Uses platform/api's values and nothing else.
 */
package io.labdesk.modules.instruments.domain;
