package io.labdesk.modules.audit.domain;

import io.labdesk.platform.api.module.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The clauses audits cover: ISO/IEC 17025:2017 clauses 4–8 as shipped with the module (a data file beside this
 * class), followed by the institution's own criteria.
 */
public final class ClauseLibrary {

    private static final List<Clause> ISO_17025 = load("iso-iec-17025-2017.tsv");

    private final List<Clause> clauses;

    public ClauseLibrary(Collection<Clause> own) {
        List<Clause> all = new ArrayList<>(ISO_17025);
        own.stream().sorted(Comparator.comparing(Clause::number)).forEach(all::add);
        this.clauses = List.copyOf(all);
    }

    public static ClauseLibrary standard() {
        return new ClauseLibrary(List.of());
    }

    public List<Clause> clauses() {
        return clauses;
    }

    public List<String> numbers() {
        return clauses.stream().map(Clause::number).toList();
    }

    public Optional<Clause> find(String number) {
        return clauses.stream().filter(c -> c.number().equals(number)).findFirst();
    }

    /** Whether {@code number} is a clause of the shipped standard (an own criterion may not take its number). */
    public static boolean isStandard(String number) {
        return ISO_17025.stream().anyMatch(c -> c.number().equals(number));
    }

    private static List<Clause> load(String resource) {
        try (InputStream in = ClauseLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("clause library " + resource + " missing");
            }
            List<Clause> clauses = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 5) {
                    throw new IllegalStateException("clause library " + resource + ": bad line " + line);
                }
                clauses.add(new Clause(f[0], Text.of(f[1], f[2]), Text.of(f[3], f[4]), false));
            }
            return List.copyOf(clauses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
