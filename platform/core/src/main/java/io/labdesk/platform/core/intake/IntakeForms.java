package io.labdesk.platform.core.intake;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.TenantRole;
import io.labdesk.platform.core.settings.SettingsHistory;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

/** The current tenant's intake form and tracking-page wording; a tenant that never set them has the defaults. */
@ApplicationScoped
public class IntakeForms {

    @Inject
    TenantData tenantData;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    SettingsHistory history;

    /** The form as stored, with the version an edit must name (0: never stored). */
    public record Edition(IntakeForm form, long version) {
    }

    @Transactional
    public IntakeForm current() {
        return edition().form();
    }

    @Transactional
    public Edition edition() {
        return stored().map(s -> new Edition(IntakeForm.parse(s.definition()), s.version() + 1))
                .orElseGet(() -> new Edition(IntakeForm.defaults(), 0));
    }

    /** A tenant admin's change, checked whole; refused when someone else changed the form since {@code version}. */
    @Transactional
    public Edition update(IntakeForm form, long expectedVersion) {
        currentTenant.requireAny(TenantRole.TENANT_ADMIN);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Edition current = edition();
        if (current.version() != expectedVersion) {
            throw new ConcurrentEdit("The intake form");
        }
        String before = current.form().json();
        String after = form.json();
        if (!before.equals(after)) {
            Optional<StoredIntakeForm> stored = stored();
            if (stored.isPresent()) {
                stored.get().redefine(after);
            } else {
                tenantData.em().persist(new StoredIntakeForm(after));
            }
            history.record("intake-form", before, after);
            try {
                tenantData.em().flush();
            } catch (OptimisticLockException e) {
                throw new ConcurrentEdit("The intake form");
            }
        }
        return edition();
    }

    /** Stores the default form for a tenant that has none, so that every tenant's form is a row to export. */
    @Transactional
    public void addDefaults() {
        addDefaults(IntakeForm.defaults());
    }

    /** Stores {@code form} (a template's) for a tenant that has none yet. */
    @Transactional
    public void addDefaults(IntakeForm form) {
        if (stored().isEmpty()) {
            tenantData.em().persist(new StoredIntakeForm(form.json()));
        }
    }

    private Optional<StoredIntakeForm> stored() {
        return tenantData.em().createQuery("SELECT f FROM StoredIntakeForm f", StoredIntakeForm.class)
                .getResultStream().findFirst();
    }
}
