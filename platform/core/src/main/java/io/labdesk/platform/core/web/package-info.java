/**
 * What LabDesk serves over plain HTTP outside the API and the staff UI: the filter that binds every request to its
 * institution (or none), and customers' pages without an account (the request form, tracking pages, modules' public
 * forms) in the institution's brand and the reader's language. A top floor: may use any package below, never rest.
 */
package io.labdesk.platform.core.web;
