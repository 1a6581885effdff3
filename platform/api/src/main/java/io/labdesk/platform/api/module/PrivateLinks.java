package io.labdesk.platform.api.module;

import java.util.Optional;
import java.util.UUID;

/**
 * Private links that open one of a module's records to a customer without an account, through one of the module's
 * {@link PublicForm}s that {@link PublicForm#opensByLink() opens by link} (the complainant's opinion of the
 * outcome, say). The token is unguessable and shown once; the platform keeps only its hash.
 */
public interface PrivateLinks {

    /** The address, for a message, of {@code form} opened on {@code record} of the current institution. */
    String issue(String module, PublicForm form, UUID record);

    /** The record a token opens for {@code module} in the current institution. */
    Optional<UUID> resolve(String module, String token);
}
