package io.labdesk.it.probe;

import io.labdesk.platform.api.module.TenantModules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/probe}: the notes, and the settings as the module reads them. */
@Path("probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @Inject
    ProbeNotes notes;

    @Inject
    TenantModules modules;

    @GET
    @Path("notes")
    public List<String> notes() {
        modules.require(ProbeModule.READ);
        return notes.list(100);
    }

    @POST
    @Path("notes")
    public List<String> add(Map<String, String> note) {
        modules.require(ProbeModule.WRITE);
        notes.add(notes.tenant(), "note", note.get("text"));
        return notes.list(100);
    }

    @GET
    @Path("settings")
    public Map<String, String> settings() {
        return modules.settings(ProbeModule.ID).values();
    }
}
