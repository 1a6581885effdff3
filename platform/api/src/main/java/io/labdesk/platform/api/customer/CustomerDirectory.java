package io.labdesk.platform.api.customer;

import java.util.Optional;
import java.util.UUID;

/**
 * The current institution's customers as modules refer to them: by the id a request carries
 * ({@link io.labdesk.platform.api.request.RequestDirectory.Request#customerId()}), found from what someone gave when
 * they wrote in (a complaint's e-mail or phone), as intake finds the customer of a new request. Nothing personal is
 * read out, so observers and background work may ask.
 */
public interface CustomerDirectory {

    /** The customer with this e-mail (any case), else with this phone; either may be null. */
    Optional<UUID> match(String email, String phone);
}
