/**
 * A module's way to its institution's data and the refusals every form shares. The store hands out an entity manager
 * already bound to the current institution, so row-level security holds for modules as for the platform; the
 * exceptions say why input cannot be stored (invalid, edited meanwhile) in terms the platform answers alike in the
 * UI and the API. Uses only Jakarta Persistence.
 */
package io.labdesk.platform.api.data;
