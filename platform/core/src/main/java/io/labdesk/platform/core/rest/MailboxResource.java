package io.labdesk.platform.core.rest;

import io.labdesk.platform.core.mailbox.InstitutionMailbox;
import io.labdesk.platform.core.mailbox.MailboxSettings;
import io.labdesk.platform.core.tenant.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/v1/mailbox}: the institution's incoming mailbox (tenant admins). The password is written, never read:
 * answers say only whether one is stored.
 */
@Path("mailbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailboxResource {

    @Inject
    MailboxSettings mailboxes;

    @GET
    public Mailbox get() {
        return mailboxes.current().map(Mailbox::of).orElseThrow(() -> new NotFound("mailbox", null));
    }

    /** Sets the mailbox up or changes it; {@code password} left out keeps the stored one. */
    @PUT
    public Mailbox put(Change c) {
        return Mailbox.of(mailboxes.save(c.values(), c.version() == null ? -1 : c.version()));
    }

    /** Signs in with these values (or the stored password) and opens the folder: ok and its message count, or why not. */
    @POST
    @Path("test")
    public TestAnswer test(Change c) {
        try {
            return new TestAnswer(true, mailboxes.test(c.values()).messages(), null);
        } catch (MailboxSettings.Unreachable e) {
            return new TestAnswer(false, null, e.getMessage());
        }
    }

    /** Looks at the mailbox within seconds. */
    @POST
    @Path("poll")
    public void poll() {
        mailboxes.pollNow();
    }

    /** Mail that could not be imported and stays in the mailbox. */
    @GET
    @Path("failures")
    public List<MailboxSettings.Failure> failures() {
        return mailboxes.failures();
    }

    public record Change(String host, Integer port, String username, String password, String folder, String address,
                         Integer pollMinutes, Boolean enabled, String requestType,
                         InstitutionMailbox.ClosedReply closedReply, Long version) {
        MailboxSettings.Values values() {
            return new MailboxSettings.Values(host, port, username, password, folder, address, pollMinutes,
                    enabled == null || enabled, requestType, closedReply);
        }
    }

    public record Mailbox(String host, int port, String username, boolean passwordStored, String folder,
                          String address, int pollMinutes, boolean enabled, String requestType, String closedReply,
                          String lastPolledAt, String lastError, long version) {
        static Mailbox of(InstitutionMailbox m) {
            return new Mailbox(m.host(), m.port(), m.username(), m.hasPassword(), m.folder(), m.address(),
                    m.pollMinutes(), m.enabled(), m.requestType(), m.closedReply().name(),
                    m.lastPolledAt() == null ? null : m.lastPolledAt().toString(), m.lastError(), m.version());
        }
    }

    public record TestAnswer(boolean ok, Integer messages, String reason) {
    }
}
