package io.labdesk.it.probe;

import io.labdesk.platform.api.module.DashboardFigures;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** The probe on the dashboard: how many notes it keeps, and by kind. */
@ApplicationScoped
public class ProbeFigures implements DashboardFigures {

    @Inject
    ProbeNotes notes;

    @Override
    public Text title() {
        return Text.of("探针", "Probe");
    }

    @Override
    public String permission() {
        return ProbeModule.READ;
    }

    @Override
    public Section of(LocalDate from, LocalDate until) {
        List<String> all = notes.list(1000);
        long publicNotes = all.stream().filter(n -> n.startsWith("public:")).count();
        return new Section(List.of(new Figure("probe-notes", Text.of("记录", "Notes"), Integer.toString(all.size()),
                null, null, "probe")), List.of(new Breakdown("probe-kinds", Text.of("按类型", "By kind"),
                List.of(new Bar(Text.of("公开", "Public"), publicNotes, "probe")))));
    }
}
