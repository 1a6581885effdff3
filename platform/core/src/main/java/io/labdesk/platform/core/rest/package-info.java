/**
 * The REST API ({@code /api/v1}): resources over the packages below, the JSON shape of refusals in the caller's
 * language, and the OpenAPI description. The top floor of core; nothing else in core uses it.
 */
package io.labdesk.platform.core.rest;
