package io.labdesk.modules.instruments.interfaces;

import io.labdesk.modules.instruments.InstrumentServiceModule;
import io.labdesk.platform.api.module.SetupCheck;
import io.labdesk.platform.api.module.SetupWarning;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Without a local service area every instrument that is down counts as elsewhere: the 24-hour level never applies. */
@ApplicationScoped
public class ServiceSetupCheck implements SetupCheck {

    @Inject
    TenantModules modules;

    @Override
    public List<SetupWarning> warnings() {
        if (!modules.settings(InstrumentServiceModule.ID).text("localArea").isBlank()) {
            return List.of();
        }
        return List.of(new SetupWarning("instruments-no-local-area", Text.of(
                "仪器售后未设置本地服务区：停机仪器一律按服务区外的上门时限计。",
                "Instrument service has no local service area: every instrument that is down gets the on-site time "
                        + "for elsewhere."), new SetupWarning.ChangeSettings()));
    }
}
