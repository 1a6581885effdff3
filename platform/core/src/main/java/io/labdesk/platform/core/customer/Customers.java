package io.labdesk.platform.core.customer;

import io.labdesk.platform.api.data.LikePattern;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.security.SecurityEvent;
import io.labdesk.platform.core.security.SecurityLog;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The current institution's customers. Intake finds the customer of a new request by e-mail (any case), then by
 * phone, or records a new one. Lists show personal data masked; opening a customer shows it in full and goes into
 * the security log (P1, P10).
 */
@ApplicationScoped
public class Customers {

    /** A customer as lists show it, with how many requests they filed. */
    public record Listed(Customer customer, long requests) {
    }

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    SecurityLog securityLog;

    /** The customer a new request comes from, found or recorded (in the intake's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Customer forRequest(String organisation, String contactName, String phone, String email) {
        Optional<Customer> known = Optional.empty();
        if (email != null) {
            known = tenantData.em().createQuery("SELECT c FROM Customer c WHERE lower(c.email) = :e ORDER BY c.createdAt",
                    Customer.class).setParameter("e", email.toLowerCase(Locale.ROOT)).setMaxResults(1)
                    .getResultStream().findFirst();
        }
        if (known.isEmpty() && phone != null) {
            known = tenantData.em().createQuery("SELECT c FROM Customer c WHERE c.phone = :p ORDER BY c.createdAt",
                    Customer.class).setParameter("p", phone).setMaxResults(1).getResultStream().findFirst();
        }
        if (known.isPresent()) {
            known.get().complete(organisation, phone, email);
            return known.get();
        }
        Customer customer = new Customer(organisation, contactName, phone, email);
        tenantData.em().persist(customer);
        return customer;
    }

    @Transactional
    public long count(String text) {
        requireStaff();
        return filtered("SELECT count(c) FROM Customer c", text, Long.class).getSingleResult();
    }

    /** A page of customers matching {@code text} (organisation or contact name), by organisation. */
    @Transactional
    public List<Listed> page(String text, int offset, int limit) {
        requireStaff();
        List<Customer> customers = filtered("SELECT c FROM Customer c", text, Customer.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        if (customers.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        tenantData.em().createQuery("SELECT r.customerId, count(r) FROM ServiceRequest r WHERE r.customerId IN :ids "
                        + "GROUP BY r.customerId", Object[].class)
                .setParameter("ids", customers.stream().map(Customer::id).toList()).getResultList()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return customers.stream().map(c -> new Listed(c, counts.getOrDefault(c.id(), 0L))).toList();
    }

    /** A customer in full, for a member of staff who opens them; logged. */
    @Transactional
    public Optional<Customer> open(UUID id) {
        requireStaff();
        Optional<Customer> customer = Optional.ofNullable(tenantData.em().find(Customer.class, id));
        customer.ifPresent(c -> securityLog.record(currentTenant.actor(), SecurityEvent.Kind.PERSONAL_DATA_VIEWED,
                "customer:" + c.id(), null));
        return customer;
    }

    /** Links the current tenant's requests that have no customer yet (those from before customers were kept). */
    @Transactional
    public int linkUnlinked() {
        List<Object[]> unlinked = tenantData.em().createQuery("SELECT r.id, r.customerOrganisation, r.contactName, "
                + "r.contactPhone, r.contactEmail FROM ServiceRequest r WHERE r.customerId IS NULL ORDER BY r.receivedAt",
                Object[].class).getResultList();
        for (Object[] r : unlinked) {
            Customer c = forRequest((String) r[1], (String) r[2], (String) r[3], (String) r[4]);
            tenantData.em().flush();
            tenantData.em().createQuery("UPDATE ServiceRequest r SET r.customerId = :c WHERE r.id = :id")
                    .setParameter("c", c.id()).setParameter("id", r[0]).executeUpdate();
        }
        return unlinked.size();
    }

    private <T> TypedQuery<T> filtered(String select, String text, Class<T> type) {
        boolean any = text == null || text.isBlank();
        String jpql = select + (any ? "" : " WHERE lower(c.organisation) LIKE :t" + LikePattern.ESCAPE
                + " OR lower(c.contactName) LIKE :t" + LikePattern.ESCAPE)
                + (type == Long.class ? "" : " ORDER BY c.organisation NULLS LAST, c.contactName, c.id");
        TypedQuery<T> query = tenantData.em().createQuery(jpql, type);
        if (!any) {
            query.setParameter("t", LikePattern.containing(text));
        }
        return query;
    }

    private void requireStaff() {
        currentTenant.requireAny(TenantRole.values());
    }
}
