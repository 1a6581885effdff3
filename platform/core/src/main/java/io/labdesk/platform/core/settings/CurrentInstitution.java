package io.labdesk.platform.core.settings;

import io.labdesk.platform.api.tenant.Institution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** {@link Institution} from the current tenant's settings. */
@ApplicationScoped
public class CurrentInstitution implements Institution {

    @Inject
    TenantSettings settings;

    @Override
    public String name(Locale locale) {
        return settings.current().name(locale);
    }

    @Override
    public Locale defaultLocale() {
        return settings.current().defaultLocale();
    }
}
