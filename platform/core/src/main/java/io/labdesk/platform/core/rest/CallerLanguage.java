package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.core.tenant.TenantContext;
import io.labdesk.platform.core.tenant.TenantDirectory;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The language an API caller reads: the first in their Accept-Language that LabDesk speaks, else their institution's. */
final class CallerLanguage {

    private CallerLanguage() {
    }

    static Locale of(HttpHeaders headers) {
        List<Locale> asked = headers == null ? List.of() : headers.getAcceptableLanguages();
        if (asked.stream().anyMatch(l -> Languages.spoken(l).isPresent())) {
            return Languages.choose(asked, null);
        }
        // Looked up only when needed; also from exception mappers, which CDI does not inject.
        Locale institutionDefault = TenantContext.currentTenantId()
                .flatMap(id -> CDI.current().select(TenantDirectory.class).get().defaultLocale(id)).orElse(null);
        return Languages.choose(asked, institutionDefault);
    }
}
