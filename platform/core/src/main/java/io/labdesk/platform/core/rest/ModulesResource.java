package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.api.module.SettingField;
import io.labdesk.platform.core.module.ModuleAdministration;
import io.labdesk.platform.core.settings.SettingsChange;
import io.labdesk.platform.core.settings.SettingsHistory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/v1/modules}: the plug-in modules installed, and for the current institution whether each runs and
 * how it is set; {@code /api/v1/modules/history}: every change of the institution's settings. Tenant admins only.
 */
@Path("modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModulesResource {

    @Inject
    ModuleAdministration administration;

    @Inject
    SettingsHistory history;

    @Context
    HttpHeaders headers;

    @GET
    public List<Module> list() {
        return administration.list().stream().map(this::of).toList();
    }

    @GET
    @Path("{id}")
    public Module get(@PathParam("id") String id) {
        return of(administration.get(id));
    }

    @PUT
    @Path("{id}/enabled")
    public Module enable(@PathParam("id") String id, Switch change) {
        return of(administration.enable(id, change.enabled(), change.version()));
    }

    @PUT
    @Path("{id}/settings")
    public Module configure(@PathParam("id") String id, Settings change) {
        return of(administration.configure(id, change.values() == null ? Map.of() : change.values(),
                change.version()));
    }

    @GET
    @Path("history")
    public List<Change> history(@QueryParam("area") String area, @QueryParam("limit") @DefaultValue("100") int limit) {
        return history.recent(area, limit).stream().map(Change::of).toList();
    }

    private Module of(ModuleAdministration.ModuleState state) {
        Locale locale = CallerLanguage.of(headers);
        LabDeskModule module = state.module();
        return new Module(module.id(), module.name().in(locale), module.description().in(locale), state.allowed(),
                state.enabled(), state.settings().values(), module.settings().fields().stream()
                .map(f -> Field.of(f, locale)).toList(),
                module.permissions().stream().map(p -> new Permission(p.id(), p.name().in(locale),
                        p.defaultRoles().stream().map(Enum::name).sorted().toList())).toList(),
                state.version());
    }

    public record Module(String id, String name, String description, boolean allowed, boolean enabled,
                         Map<String, String> settings, List<Field> schema, List<Permission> permissions,
                         long version) {
    }

    public record Field(String key, String kind, String label, String defaultValue, boolean required, long min,
                        long max, List<String> choices) {
        static Field of(SettingField f, Locale locale) {
            return new Field(f.key(), f.kind().name(), f.label().in(locale), f.defaultValue(), f.required(), f.min(),
                    f.max(), f.choices().stream().map(SettingField.Choice::value).toList());
        }
    }

    public record Permission(String id, String name, List<String> defaultRoles) {
    }

    public record Switch(boolean enabled, long version) {
    }

    public record Settings(Map<String, String> values, long version) {
    }

    public record Change(String area, String actor, Instant changedAt, String before, String after) {
        static Change of(SettingsChange c) {
            return new Change(c.area(), c.actor(), c.changedAt(), c.before(), c.after());
        }
    }
}
