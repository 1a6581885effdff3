package io.labdesk.modules.surveys.application;

import io.labdesk.modules.surveys.SurveysModule;
import io.labdesk.modules.surveys.domain.Invitation;
import io.labdesk.modules.surveys.domain.InvitationStatus;
import io.labdesk.modules.surveys.domain.QuestionnaireVersion;
import io.labdesk.modules.surveys.domain.Sampling;
import io.labdesk.modules.surveys.infrastructure.persistence.SurveyRegister;
import io.labdesk.platform.api.event.RequestMoved;
import io.labdesk.platform.api.language.Languages;
import io.labdesk.platform.api.module.ModuleSettings;
import io.labdesk.platform.api.module.TenantModules;
import io.labdesk.platform.api.request.RequestDirectory;
import io.labdesk.platform.api.tenant.CurrentTenant;
import io.labdesk.platform.api.tenant.Institution;
import io.labdesk.platform.api.tenant.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Invitations after every service (S1): one is scheduled when a request is closed (or followed up, as the institution
 * chooses), for the share of requests it samples, pinning the questionnaire version of the request's type; it is
 * withdrawn when the request is reopened. Sending, reminding and expiring are {@link SurveyRounds}'.
 */
@ApplicationScoped
public class Invitations {

    @Inject
    SurveyRegister register;

    @Inject
    TenantModules modules;

    @Inject
    RequestDirectory requests;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Institution institution;

    @Inject
    CurrentTenant currentTenant;

    /** Runs in the move's transaction, only for institutions running the module. */
    @Transactional
    void onMoved(@Observes RequestMoved moved) {
        ModuleSettings settings = modules.settings(SurveysModule.ID);
        if ("REOPEN".equals(moved.action())) {
            Instant now = now();
            register.ofRequest(moved.requestId()).forEach(i -> i.withdraw(now));
            return;
        }
        if (!moved.action().equals(settings.text("trigger"))
                || !Sampling.takes(moved.requestId(), (int) settings.number("sharePercent"))
                || register.ofRequest(moved.requestId()).stream().anyMatch(i -> i.status() != InvitationStatus.WITHDRAWN
                && i.status() != InvitationStatus.SKIPPED)) {
            return;
        }
        RequestDirectory.Request request = requests.find(moved.requestId()).orElse(null);
        // The one who moved it is staff: the full contact is theirs to read (and logged as such). Without a staff
        // member nothing is read, so that the move itself never fails for the survey's sake.
        RequestDirectory.Contact contact = request == null || !currentTenant.hasAny(TenantRole.values()) ? null
                : requests.contact(moved.requestId()).orElse(null);
        if (contact == null) {
            return;
        }
        QuestionnaireVersion version = questionnaires.forRequestType(request.typeCode());
        Locale language = Languages.choose(contact.language(), institution.defaultLocale());
        register.add(new Invitation(request.id(), request.number(), request.customerId(), new Invitation.Addressee(
                contact.name(), contact.email(), contact.phone(), language.toLanguageTag()), version.id(), now(),
                Duration.ofMinutes(settings.number("delayMinutes"))));
    }

    @Transactional
    public List<Invitation> latest(InvitationStatus status, int limit) {
        modules.require(SurveysModule.READ);
        return register.invitations(status, limit);
    }

    @Transactional
    public List<Invitation> ofRequest(UUID request) {
        modules.require(SurveysModule.READ);
        return register.ofRequest(request);
    }

    @Transactional
    public Invitation get(UUID id) {
        modules.require(SurveysModule.READ);
        return register.invitation(id);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
