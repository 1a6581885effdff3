package io.labdesk.platform.core.mailbox;

import io.labdesk.platform.core.request.EmailRequests;
import io.labdesk.platform.core.request.ServiceRequest;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Staff answer a customer by e-mail from the request; the answer's replies come back to the institution's mailbox. */
@ApplicationScoped
public class OutgoingMail {

    @Inject
    EmailRequests requests;

    @Inject
    TenantData tenantData;

    @Transactional
    public ServiceRequest answer(UUID requestId, String text, List<UUID> fileIds) {
        String replyTo = tenantData.em().createQuery("SELECT m.address FROM InstitutionMailbox m", String.class)
                .getResultStream().findFirst().orElse(null);
        return requests.answer(requestId, text, fileIds, new EmailRequests.Sender(replyTo));
    }
}
