package io.labdesk.modules.instruments.application;

import io.labdesk.modules.instruments.InstrumentServiceModule;
import io.labdesk.modules.instruments.domain.Exclusion;
import io.labdesk.modules.instruments.domain.Instrument;
import io.labdesk.modules.instruments.domain.InstrumentPart;
import io.labdesk.modules.instruments.domain.InstrumentSheet;
import io.labdesk.modules.instruments.domain.ProductLines;
import io.labdesk.modules.instruments.domain.ServiceCase;
import io.labdesk.modules.instruments.domain.Warranty;
import io.labdesk.modules.instruments.infrastructure.persistence.InstrumentRegister;
import io.labdesk.platform.api.export.Spreadsheets;
import io.labdesk.platform.api.file.RecordFiles;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.api.sla.WorkingTime;
import io.labdesk.platform.api.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The register of customers' instruments (W1): registered one by one or imported from a workbook, changed at the
 * version the user saw, the purchase proof filed, the warranty checked, and each instrument's service history.
 */
@ApplicationScoped
public class Instruments {

    @Inject
    InstrumentRegister register;

    @Inject
    TenantModules modules;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    WorkingTime workingTime;

    @Inject
    RecordFiles files;

    @Inject
    Spreadsheets spreadsheets;

    /** An instrument with its fitted parts, its service history and its files. */
    public record Detail(Instrument instrument, Warranty.Decision warrantyToday, List<InstrumentPart> parts,
                         List<ServiceCase> history, List<RecordFiles.StoredFile> files) {
    }

    /** What an import did: instruments added, rows skipped because the serial number is already on record. */
    public record Imported(int added, List<String> alreadyOnRecord) {
    }

    /** Registers an instrument; without a warranty of its own (negative months) it takes its product line's. */
    @Transactional
    public Instrument register(Instrument.Facts f) {
        modules.require(InstrumentServiceModule.REGISTER);
        Instrument.Facts facts = withLineWarranty(f);
        check(facts, null);
        Instrument i = new Instrument(stripped(facts), now(), currentTenant.actor());
        register.add(i);
        return register.written(i, "The instrument " + i.serialNumber());
    }

    @Transactional
    public Instrument change(UUID id, Instrument.Facts f, long version) {
        modules.require(InstrumentServiceModule.REGISTER);
        Instrument i = register.instrumentAt(id, version);
        Instrument.Facts facts = withLineWarranty(f);
        check(facts, id);
        i.change(stripped(facts));
        return register.written(i, "The instrument " + i.serialNumber());
    }

    /** Files the purchase proof (an invoice as PDF or picture); from then on the warranty is provable. */
    @Transactional
    public Instrument fileProof(UUID id, String fileName, byte[] content, long version) {
        modules.require(InstrumentServiceModule.REGISTER);
        Instrument i = register.instrumentAt(id, version);
        RecordFiles.StoredFile file = files.attach(InstrumentServiceModule.ID, id, fileName, content);
        i.proofFiled(file.id());
        return register.written(i, "The instrument " + i.serialNumber());
    }

    /**
     * Adds the workbook's instruments; rows whose serial number is already on record are left as they are and named.
     * A row that cannot be read refuses the whole workbook, naming each such row, and nothing is added.
     */
    @Transactional
    public Imported importSheet(InputStream workbook) {
        modules.require(InstrumentServiceModule.REGISTER);
        Spreadsheets.Sheet sheet = spreadsheets.read(workbook);
        if (!sheet.column("序列号").isPresent() && !sheet.column("Serial number").isPresent()) {
            throw InvalidModuleInput.of("file", Text.of("表格中没有「序列号」列。", "The sheet has no Serial number column."));
        }
        List<InstrumentSheet.Row> rows = InstrumentSheet.read(sheet.headers(), sheet.rows(), productLines(), today());
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (InstrumentSheet.Row row : rows) {
            row.problems().forEach(p -> {
                zh.add("第 " + row.number() + " 行：" + p.zh());
                en.add("Row " + row.number() + ": " + p.en());
            });
            String serial = row.facts().serialNumber();
            if (serial != null && !seen.add(serial.toLowerCase(Locale.ROOT))) {
                zh.add("第 " + row.number() + " 行：序列号 " + serial + " 在表中重复。");
                en.add("Row " + row.number() + ": serial number " + serial + " appears twice in the sheet.");
            }
        }
        if (!zh.isEmpty()) {
            throw InvalidModuleInput.of("file", Text.of(String.join("\n", zh.subList(0, Math.min(20, zh.size()))),
                    String.join("\n", en.subList(0, Math.min(20, en.size())))));
        }
        int added = 0;
        List<String> existing = new ArrayList<>();
        Instant at = now();
        for (InstrumentSheet.Row row : rows) {
            if (register.bySerial(row.facts().serialNumber()).isPresent()) {
                existing.add(row.facts().serialNumber());
            } else {
                register.add(new Instrument(stripped(row.facts()), at, currentTenant.actor()));
                added++;
            }
        }
        register.written(null, "The register");
        return new Imported(added, existing);
    }

    /** The register as a workbook, in the columns an import reads. */
    @Transactional
    public byte[] export(Locale locale) {
        modules.require(InstrumentServiceModule.READ);
        boolean chinese = "zh".equals(locale.getLanguage());
        return spreadsheets.write(chinese ? "仪器档案" : "Instruments",
                InstrumentSheet.COLUMNS.stream().map(c -> chinese ? c.zh() : c.en()).toList(),
                register.instruments(null, 10_000).stream().map(i -> InstrumentSheet.cells(i, chinese)).toList());
    }

    @Transactional
    public Detail detail(UUID id) {
        modules.require(InstrumentServiceModule.READ);
        Instrument i = register.instrument(id);
        return new Detail(i, Warranty.decide(i.coverage(), null, today(), null), register.parts(id),
                register.casesOf(id), files.of(InstrumentServiceModule.ID, id));
    }

    @Transactional
    public List<Instrument> search(String text, int limit) {
        modules.require(InstrumentServiceModule.READ);
        return register.instruments(text, limit);
    }

    /** The warranty on {@code day} for a fault of the instrument, or of one of its fitted parts, with a cause found. */
    @Transactional
    public Warranty.Decision warranty(UUID id, UUID part, LocalDate day, Exclusion exclusion) {
        modules.require(InstrumentServiceModule.READ);
        Instrument i = register.instrument(id);
        return Warranty.decide(i.coverage(), part == null ? null : fittedPart(i, part).warranty(),
                day == null ? today() : day, exclusion);
    }

    InstrumentPart fittedPart(Instrument i, UUID part) {
        return register.parts(i.id()).stream().filter(p -> p.id().equals(part)).findFirst().orElseThrow(() ->
                InvalidModuleInput.of("part", Text.of("该仪器没有这个更换件。", "The instrument has no such fitted part.")));
    }

    private void check(Instrument.Facts f, UUID self) {
        Map<String, Text> problems = new LinkedHashMap<>(InstrumentSheet.problems(f, today()));
        if (f.serialNumber() != null && !f.serialNumber().isBlank()) {
            register.bySerial(f.serialNumber()).filter(other -> !other.id().equals(self)).ifPresent(other ->
                    problems.put("serialNumber", Text.of("序列号 " + other.serialNumber() + " 已登记。",
                            "Serial number " + other.serialNumber() + " is already on record.")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModuleInput(problems);
        }
    }

    private Instrument.Facts withLineWarranty(Instrument.Facts f) {
        if (f.warrantyMonths() >= 0) {
            return f;
        }
        return new Instrument.Facts(f.model(), f.serialNumber(), f.productLine(), f.customerName(),
                f.customerOrganisation(), f.customerEmail(), f.customerPhone(), f.purchaseDate(), f.soldByUs(),
                f.installedOn(), f.place(), productLines().monthsOf(f.productLine()));
    }

    private static Instrument.Facts stripped(Instrument.Facts f) {
        return new Instrument.Facts(f.model().strip(), f.serialNumber().strip(), strip(f.productLine()),
                f.customerName().strip(), strip(f.customerOrganisation()), strip(f.customerEmail()),
                strip(f.customerPhone()), f.purchaseDate(), f.soldByUs(), f.installedOn(), strip(f.place()),
                f.warrantyMonths());
    }

    ProductLines productLines() {
        ModuleSettings s = modules.settings(InstrumentServiceModule.ID);
        return ProductLines.parse(s.text("productLineWarranty"), (int) s.number("warrantyMonths"));
    }

    private LocalDate today() {
        return LocalDate.now(workingTime.zone());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
