/**
 * The service request's vocabulary shared with modules: how a request came in, how urgent it is, where it stands in
 * its workflow from receipt to archive. Values only; the request itself stays the platform's.
 */
package io.labdesk.platform.api.request;
