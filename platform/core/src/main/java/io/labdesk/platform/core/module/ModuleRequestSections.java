package io.labdesk.platform.core.module;

import io.labdesk.platform.api.module.RequestSection;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The sections modules add to a request's page: those of the modules the tenant runs that the user may see. */
@ApplicationScoped
public class ModuleRequestSections {

    private static final Logger LOG = Logger.getLogger(ModuleRequestSections.class.getName());

    @Inject
    InstalledModules installed;

    @Inject
    ModuleStates states;

    /** One module's section as it stands for a request. */
    public record Shown(String module, Text title, List<RequestSection.Entry> entries,
                        Optional<RequestSection.Link> start) {
    }

    public List<Shown> of(UUID requestId, String number) {
        List<Shown> shown = new ArrayList<>();
        installed.all().stream().filter(m -> states.enabled(m.id())).forEach(m -> m.requestSections().stream()
                .filter(s -> s.permission() == null || states.permitted(s.permission()))
                .forEach(s -> {
                    try {
                        Shown section = new Shown(m.id(), s.title(), List.copyOf(s.about(requestId, number)),
                                s.start(requestId, number));
                        if (!section.entries().isEmpty() || section.start().isPresent()) {
                            shown.add(section);
                        }
                    } catch (RuntimeException e) {
                        // One module's failure leaves the request page and the other modules' sections standing.
                        LOG.log(Level.WARNING, "Request section of module " + m.id() + " failed", e);
                    }
                }));
        return shown;
    }
}
