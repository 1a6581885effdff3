package io.labdesk.it.probe;

import io.labdesk.platform.api.export.Spreadsheets;
import io.labdesk.platform.api.module.ApiSummary;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.request.RequestDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/probe}: the notes (also as a spreadsheet, out and in), the settings as the module reads them, and
 * a request as the module reads it.
 */
@Path("probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ProbeNotes notes;

    @Inject
    TenantModules modules;

    @Inject
    RequestDirectory requests;

    @Inject
    Spreadsheets spreadsheets;

    @GET
    @Path("notes")
    @ApiSummary("The latest notes of the probe, as kind:text")
    public List<String> notes() {
        modules.require(ProbeModule.READ);
        return notes.list(100);
    }

    @POST
    @Path("notes")
    @ApiSummary("Add a note (probe.write)")
    public List<String> add(Map<String, String> note) {
        modules.require(ProbeModule.WRITE);
        notes.add(notes.tenant(), "note", note.get("text"));
        return notes.list(100);
    }

    @GET
    @Path("notes.xlsx")
    @Produces(XLSX)
    @ApiSummary("The latest notes as an Excel workbook (Kind, Text)")
    public byte[] export() {
        modules.require(ProbeModule.READ);
        List<List<String>> rows = notes.list(100).stream().map(n -> List.of(n.substring(0, n.indexOf(':')),
                n.substring(n.indexOf(':') + 1))).toList();
        return spreadsheets.write("探针记录", List.of("Kind", "Text"), rows);
    }

    @POST
    @Path("notes.xlsx")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @ApiSummary("Add the Text column of an Excel workbook as notes (probe.write); answers how many")
    public Map<String, Integer> importNotes(InputStream workbook) {
        modules.require(ProbeModule.WRITE);
        Spreadsheets.Sheet sheet = spreadsheets.read(workbook);
        int text = sheet.column("Text").orElseThrow(() -> InvalidModuleInput.of("file",
                Text.of("表格中没有「Text」列。", "The sheet has no Text column.")));
        sheet.rows().stream().map(row -> row.get(text)).filter(t -> !t.isBlank())
                .forEach(t -> notes.add(notes.tenant(), "imported", t));
        return Map.of("imported", (int) sheet.rows().stream().filter(row -> !row.get(text).isBlank()).count());
    }

    @GET
    @Path("requests/{number}")
    @ApiSummary("A service request as the module reads it (contact masked)")
    public Map<String, Object> request(@PathParam("number") String number) {
        modules.require(ProbeModule.READ);
        RequestDirectory.Request r = requests.byNumber(number).orElseThrow(NotFoundException::new);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("id", r.id().toString());
        facts.put("number", r.number());
        facts.put("typeCode", r.typeCode());
        facts.put("type", Map.of("zh", r.type().zh(), "en", r.type().en()));
        facts.put("status", r.status().name());
        facts.put("statusName", Map.of("zh", r.statusName().zh(), "en", r.statusName().en()));
        facts.put("contact", contact(r.contact()));
        facts.put("assignee", String.valueOf(r.assignee()));
        facts.put("receivedAt", r.receivedAt().toString());
        facts.put("acknowledgedAt", String.valueOf(r.acknowledgedAt()));
        facts.put("agreedDeliveryAt", String.valueOf(r.agreedDeliveryAt()));
        facts.put("link", r.link());
        return facts;
    }

    @GET
    @Path("requests/{number}/contact")
    @ApiSummary("A service request's contact in full (the view is logged)")
    public Map<String, String> contact(@PathParam("number") String number) {
        modules.require(ProbeModule.READ);
        RequestDirectory.Request r = requests.byNumber(number).orElseThrow(NotFoundException::new);
        return contact(requests.contact(r.id()).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("settings")
    public Map<String, String> settings() {
        return modules.settings(ProbeModule.ID).values();
    }

    private static Map<String, String> contact(RequestDirectory.Contact c) {
        Map<String, String> contact = new LinkedHashMap<>();
        contact.put("name", c.name());
        contact.put("organisation", String.valueOf(c.organisation()));
        contact.put("phone", String.valueOf(c.phone()));
        contact.put("email", String.valueOf(c.email()));
        return contact;
    }
}
