package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.file.RecordFiles;
import io.labdesk.platform.api.identity.Qualifications.Kind;
import io.labdesk.platform.core.staff.StaffTraining;
import io.labdesk.platform.core.staff.TrainingRecord;
import io.labdesk.platform.core.staff.TrainingRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/members/{id}/training}: a staff member's trainings, qualifications and yearly assessments with their
 * certificates (tenant admins, quality and technical managers keep them; directors and supervisors read them).
 */
@Path("members/{id}/training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {

    @Inject
    StaffTraining training;

    @GET
    public List<Training> list(@PathParam("id") UUID member) {
        return training.of(member).stream().map(Training::of).toList();
    }

    @POST
    public Response add(@PathParam("id") UUID member, Entry entry) {
        return Response.status(Response.Status.CREATED).entity(Training.of(training.add(member, entry.rules())))
                .build();
    }

    /** Corrects a record; {@code version} must be the one read, else 409. */
    @PUT
    @Path("{record}")
    public Training change(@PathParam("id") UUID member, @PathParam("record") UUID record, Entry entry) {
        return Training.of(training.change(member, record, entry.rules(), entry.version() == null ? -1
                : entry.version()));
    }

    /** Keeps a certificate with the record: the body is the file, {@code name} its name. */
    @POST
    @Path("{record}/certificates")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") UUID member, @PathParam("record") UUID record,
                           @QueryParam("name") String name, byte[] content) {
        return Response.status(Response.Status.CREATED)
                .entity(training.attachCertificate(member, record, name, content)).build();
    }

    @GET
    @Path("{record}/certificates")
    public List<RecordFiles.StoredFile> certificates(@PathParam("id") UUID member, @PathParam("record") UUID record) {
        return training.certificates(member, record);
    }

    @GET
    @Path("{record}/certificates/{file}")
    @Produces(MediaType.WILDCARD)
    public Response certificate(@PathParam("id") UUID member, @PathParam("record") UUID record,
                                @PathParam("file") UUID file) {
        RecordFiles.Content content = training.certificate(member, record, file).orElseThrow(NotFoundException::new);
        return Response.ok(content.bytes(), content.contentType()).header("Content-Disposition",
                "attachment; filename*=UTF-8''" + URLEncoder.encode(content.fileName(), StandardCharsets.UTF_8)
                        .replace("+", "%20")).build();
    }

    public record Entry(TrainingRecord.Category category, Kind kind, String title, LocalDate heldOn,
                        LocalDate validUntil, String assessedBy, TrainingRecord.Result result, String note,
                        Long version) {
        TrainingRules.Entry rules() {
            return new TrainingRules.Entry(category, kind, title, heldOn, validUntil, assessedBy, result, note);
        }
    }

    public record Training(UUID id, TrainingRecord.Category category, Kind kind, String title, LocalDate heldOn,
                           LocalDate validUntil, String assessedBy, TrainingRecord.Result result, String note,
                           boolean valid, String recordedBy, long version) {
        static Training of(TrainingRecord t) {
            return new Training(t.id(), t.category(), t.kind(), t.title(), t.heldOn(), t.validUntil(),
                    t.assessedBy(), t.result(), t.note(), t.validOn(LocalDate.now()), t.recordedBy(), t.version());
        }
    }
}
