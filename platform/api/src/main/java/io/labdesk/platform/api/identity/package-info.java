/**
 * People, as modules see them: who is signed in, as the identity provider vouches for it, and the institution's active
 * staff by name and role, for routing work to someone who may do it. Builds on the tenancy vocabulary of this API.
 */
package io.labdesk.platform.api.identity;
