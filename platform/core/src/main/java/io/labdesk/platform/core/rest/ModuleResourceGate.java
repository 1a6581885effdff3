package io.labdesk.platform.core.rest;

import io.labdesk.platform.core.module.InstalledModules;
import io.labdesk.platform.core.module.ModuleStates;
import io.labdesk.platform.core.tenant.NotFound;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * A module's REST resources exist only for tenants that enabled it: for everyone else they answer 404, as if the
 * module were not installed.
 */
@Provider
public class ModuleResourceGate implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    InstalledModules installed;

    @Inject
    ModuleStates states;

    @Override
    public void filter(ContainerRequestContext request) {
        Class<?> type = resource.getResourceClass();
        if (type != null && installed.owner(type).filter(module -> !states.enabled(module)).isPresent()) {
            throw new NotFound("resource", null);
        }
    }
}
