/** The institution's customers, for modules: which customer a record concerns. */
package io.labdesk.platform.api.customer;
