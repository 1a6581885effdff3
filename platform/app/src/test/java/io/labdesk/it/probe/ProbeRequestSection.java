package io.labdesk.it.probe;

import io.labdesk.platform.api.module.RequestSection;
import io.labdesk.platform.api.module.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The probe on a request's page: its notes that name the request, each opening the probe's view for it. */
@ApplicationScoped
public class ProbeRequestSection implements RequestSection {

    @Inject
    ProbeNotes notes;

    @Override
    public Text title() {
        return Text.of("探针记录", "Probe notes");
    }

    @Override
    public String permission() {
        return ProbeModule.READ;
    }

    @Override
    public List<Entry> about(UUID requestId, String number) {
        return notes.about(number).stream().map(n -> new Entry(n, null, link(number))).toList();
    }

    @Override
    public Optional<Link> start(UUID requestId, String number) {
        return Optional.of(new Link(Text.of("查看探针页", "Open the probe's page"), link(number)));
    }

    static String link(String number) {
        return "probe?request=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }
}
