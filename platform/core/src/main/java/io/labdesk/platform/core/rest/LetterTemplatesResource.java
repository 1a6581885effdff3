package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.letter.LetterKind;
import io.labdesk.platform.api.letter.LetterTemplates;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.core.letter.LetterWordings;
import io.labdesk.platform.core.module.ModuleStates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/v1/letter-templates}: the letters of the modules the institution runs that the caller may reword, and
 * each one's wording per language (zh-CN, en): read, reworded (409 on a stale version), restored to the default.
 */
@Path("letter-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LetterTemplatesResource {

    @Inject
    LetterWordings wordings;

    @Inject
    ModuleStates states;

    /** A letter the caller may reword. */
    public record Letter(String module, String name, Text title, List<LetterKind.Placeholder> placeholders) {
    }

    /** A new wording, and the version it replaces. */
    public record Rewording(String body, long version) {
    }

    @GET
    public List<Letter> list() {
        return wordings.mine().stream().map(d -> new Letter(d.module(), d.kind().name(), d.kind().title(),
                d.kind().placeholders())).toList();
    }

    @GET
    @Path("{module}/{name}/{language}")
    public LetterTemplates.Template get(@PathParam("module") String module, @PathParam("name") String name,
                                        @PathParam("language") String language) {
        states.require(wordings.kind(module, name).permission());
        return wordings.of(module, name, language);
    }

    @PUT
    @Path("{module}/{name}/{language}")
    public LetterTemplates.Template keep(@PathParam("module") String module, @PathParam("name") String name,
                                         @PathParam("language") String language, Rewording rewording) {
        return wordings.keep(module, name, language, rewording.body(), rewording.version());
    }

    @DELETE
    @Path("{module}/{name}/{language}")
    public LetterTemplates.Template restore(@PathParam("module") String module, @PathParam("name") String name,
                                            @PathParam("language") String language,
                                            @QueryParam("version") long version) {
        return wordings.restore(module, name, language, version);
    }
}
