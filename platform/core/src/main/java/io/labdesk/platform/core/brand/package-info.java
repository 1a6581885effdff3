/**
 * An institution's look: a primary colour and a logo, turned into readable theme tokens for its staff UI and its
 * customers' pages. Uses tenancy and the settings history.
 */
package io.labdesk.platform.core.brand;
