package io.labdesk.platform.core.intake;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.settings.SettingsHistory;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The current tenant's request types; a new tenant starts with the kinds P3 names. */
@ApplicationScoped
public class RequestTypes {

    /** code, 中文, English — in the order offered. */
    static final List<String[]> DEFAULTS = List.of(
            new String[] {"TECHNICAL_QUESTION", "检测结果、条件或方法的技术问题", "Technical question on results, conditions or methods"},
            new String[] {"REPORT_FORMAT_CHANGE", "结果报告格式变更", "Change of the result report's format"},
            new String[] {"SAMPLE_DISPOSAL", "样品处置或退还", "Sample disposal or return"},
            new String[] {"DISPUTE", "对结果、条件、方法或费用的异议", "Dispute on results, conditions, methods or fees"},
            new String[] {"CONSULTATION", "业务咨询", "Consultation"},
            new String[] {"REPAIR", "仪器维修", "Instrument repair"},
            new String[] {"REPLACEMENT", "仪器更换", "Instrument replacement"},
            new String[] {"INSTALLATION", "安装调试", "Installation and commissioning"},
            new String[] {"MAINTENANCE", "仪器维护保养", "Instrument maintenance"});

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    SettingsHistory history;

    @Transactional
    public List<RequestType> list() {
        return tenantData.em().createQuery("SELECT t FROM RequestType t ORDER BY t.sortOrder", RequestType.class)
                .getResultList();
    }

    /** Every type's name in {@code locale} by code, inactive ones included (old requests name them). */
    @Transactional
    public Map<String, String> names(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        list().forEach(t -> names.put(t.code(), t.name(locale)));
        return names;
    }

    @Transactional
    public Optional<RequestType> active(String code) {
        return tenantData.em().createQuery("SELECT t FROM RequestType t WHERE t.code = :c AND t.active = true",
                RequestType.class).setParameter("c", code).getResultStream().findFirst();
    }

    /** A tenant admin's definition of a request type: new (no version) or a change of an existing one. */
    public record Definition(String code, String nameZh, String nameEn, boolean active, Integer sortOrder,
                             Long version) {
    }

    /**
     * Adds a request type or changes one, refused when someone else changed it since {@code version}. Types are never
     * deleted (requests name them): an inactive type is no longer offered; one type at least stays active.
     */
    @Transactional
    public RequestType define(Definition d) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        Map<String, String> problems = new LinkedHashMap<>();
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            problems.put("code", "validation.requestType.code");
        }
        if (d.nameZh() == null || d.nameZh().isBlank() || d.nameZh().strip().length() > 200) {
            problems.put("nameZh", "validation.requestType.name");
        }
        if (d.nameEn() == null || d.nameEn().isBlank() || d.nameEn().strip().length() > 200) {
            problems.put("nameEn", "validation.requestType.name");
        }
        if (d.sortOrder() != null && (d.sortOrder() < 0 || d.sortOrder() > 999)) {
            problems.put("sortOrder", "validation.requestType.order");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<RequestType> all = list();
        Optional<RequestType> existing = all.stream().filter(t -> t.code().equals(d.code())).findFirst();
        if (existing.isEmpty() && d.version() != null || existing.isPresent()
                && (d.version() == null || existing.get().version() != d.version())) {
            if (existing.isEmpty()) {
                throw new NotFound("request type " + d.code());
            }
            throw new ConcurrentEdit("The request type " + d.code());
        }
        if (!d.active() && all.stream().filter(RequestType::active).allMatch(t -> t.code().equals(d.code()))) {
            throw new InvalidInput(Map.of("active", "validation.requestType.lastActive"));
        }
        int order = d.sortOrder() != null ? d.sortOrder()
                : existing.map(RequestType::sortOrder).orElse(all.stream().mapToInt(RequestType::sortOrder)
                .max().orElse(-1) + 1);
        String before = existing.map(RequestTypes::describe).orElse(null);
        RequestType type = existing.orElseGet(() -> {
            RequestType t = new RequestType(d.code(), d.nameZh().strip(), d.nameEn().strip(), order);
            tenantData.em().persist(t);
            return t;
        });
        type.redefine(d.nameZh().strip(), d.nameEn().strip(), d.active(), order);
        try {
            tenantData.em().flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEdit("The request type " + d.code());
        }
        String after = describe(type);
        if (!after.equals(before)) {
            history.record("request-types", before, after);
        }
        return type;
    }

    private static String describe(RequestType t) {
        return Json.createObjectBuilder().add("code", t.code()).add("nameZh", t.nameZh()).add("nameEn", t.nameEn())
                .add("active", t.active()).add("sortOrder", t.sortOrder()).build().toString();
    }

    /** For a new tenant from a template: only the types named are offered ({@code codes} empty: all). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offerOnly(List<String> codes) {
        if (!codes.isEmpty()) {
            list().forEach(t -> t.redefine(t.nameZh(), t.nameEn(), codes.contains(t.code()), t.sortOrder()));
        }
    }

    /** Gives the current tenant the default types it lacks. */
    @Transactional
    public void addDefaults() {
        List<String> existing = list().stream().map(RequestType::code).toList();
        for (int i = 0; i < DEFAULTS.size(); i++) {
            String[] d = DEFAULTS.get(i);
            if (!existing.contains(d[0])) {
                tenantData.em().persist(new RequestType(d[0], d[1], d[2], i));
            }
        }
    }
}
