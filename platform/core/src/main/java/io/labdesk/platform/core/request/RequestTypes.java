package io.labdesk.platform.core.request;

import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

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
            new String[] {"INSTALLATION", "安装调试", "Installation and commissioning"});

    @Inject
    TenantData tenantData;

    @Transactional
    public List<RequestType> list() {
        return tenantData.em().createQuery("SELECT t FROM RequestType t ORDER BY t.sortOrder", RequestType.class)
                .getResultList();
    }

    @Transactional
    public Optional<RequestType> active(String code) {
        return tenantData.em().createQuery("SELECT t FROM RequestType t WHERE t.code = :c AND t.active = true",
                RequestType.class).setParameter("c", code).getResultStream().findFirst();
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
