package io.labdesk.platform.core.request;

import io.labdesk.platform.core.customer.PersonalData;
import io.labdesk.platform.core.export.Spreadsheet;
import io.labdesk.platform.core.intake.IntakeForm;
import io.labdesk.platform.core.intake.IntakeForms;
import io.labdesk.platform.core.intake.RequestTypes;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.settings.TenantSettings;
import io.labdesk.platform.core.staff.ActorNames;
import io.labdesk.platform.core.staff.StaffMembers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A list of requests as an Excel sheet in the reader's words: the columns a user sees, request types and priorities by
 * their names, staff by theirs, times in the institution's zone; contact names stay masked.
 */
@ApplicationScoped
public class RequestSheet {

    @Inject
    RequestTypes types;

    @Inject
    StaffMembers members;

    @Inject
    IntakeForms intakeForms;

    @Inject
    TenantSettings settings;

    @Transactional
    public void write(OutputStream out, String sheetName, List<ServiceRequest> rows, Locale locale) {
        try {
            Spreadsheet.write(out, sheetName, columns(locale, ZoneId.of(settings.current().timeZone()),
                    types.names(locale), members.names(), intakeForms.current()), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Spreadsheet.Column<ServiceRequest>> columns(Locale locale, ZoneId zone, Map<String, String> typeNames,
                                                            ActorNames staff, IntakeForm form) {
        return List.of(
                column(locale, "request.number", ServiceRequest::number),
                column(locale, "request.subject", ServiceRequest::subject),
                column(locale, "request.type", r -> typeNames.getOrDefault(r.typeCode(), r.typeCode())),
                column(locale, "request.priority", r -> form.name(r.priority(), locale)),
                column(locale, "request.emergencyShort", r -> r.emergency() ? "✓" : ""),
                column(locale, "request.channel", r -> Messages.get("request.channel." + r.channel().name(), locale)),
                column(locale, "request.status", r -> Messages.get("request.status." + r.status().name(), locale)),
                column(locale, "request.organisation", ServiceRequest::customerOrganisation),
                column(locale, "request.contactName", r -> PersonalData.maskName(r.contactName())),
                column(locale, "request.assignee", r -> staff.staff(r.assignee())),
                column(locale, "request.receivedAt", r -> LocalDateTime.ofInstant(r.receivedAt(), zone)),
                column(locale, "request.agreedDeliveryAt", r -> r.agreedDeliveryAt() == null ? null
                        : LocalDateTime.ofInstant(r.agreedDeliveryAt(), zone)));
    }

    private static Spreadsheet.Column<ServiceRequest> column(Locale locale, String key,
                                                            Function<ServiceRequest, Object> value) {
        return new Spreadsheet.Column<>(Messages.get(key, locale), value);
    }
}
