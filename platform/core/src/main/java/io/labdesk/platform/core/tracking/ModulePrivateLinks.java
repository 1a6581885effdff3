package io.labdesk.platform.core.tracking;

import io.labdesk.platform.api.module.PrivateLinks;
import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.core.config.Setting;
import io.labdesk.platform.core.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** {@link PrivateLinks} as tracking links whose subject names the module and its record ({@code m:complaints:…}). */
@ApplicationScoped
public class ModulePrivateLinks implements PrivateLinks {

    @Inject
    TrackingLinks links;

    @Inject
    TenantSettings settings;

    @Inject
    CurrentTenant currentTenant;

    @Override
    public String issue(String module, PublicForm form, UUID record) {
        String token = links.issue(subject(module, record));
        return Setting.link("/t/" + settings.current().slug() + "/" + form.path() + "?key=" + token);
    }

    @Override
    public Optional<UUID> resolve(String module, String token) {
        String prefix = "m:" + module + ":";
        UUID tenant = currentTenant.id().orElse(null);
        return links.resolve(token).filter(t -> t.tenantId().equals(tenant))
                .filter(t -> t.subject().startsWith(prefix)).map(t -> UUID.fromString(t.subject()
                        .substring(prefix.length())));
    }

    private static String subject(String module, UUID record) {
        String subject = "m:" + module + ":" + record;
        if (subject.length() > 100) {
            throw new IllegalArgumentException("Module id too long for a private link: " + module);
        }
        return subject;
    }
}
