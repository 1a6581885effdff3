package io.labdesk.platform.api.module;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form a module offers an institution's customers, who have no account: served by the platform at
 * {@code /t/{slug}/{path}} in the institution's brand and the customer's language, with the platform's protection
 * against robots and floods, only for tenants that enabled the module. A request's tracking page links to it when
 * {@link #trackingLink()} is given, and the form then opens with that request's number and contact filled in.
 */
public interface PublicForm {

    /** The last segment of its address: lower-case letters and dashes, not {@code request}. */
    String path();

    Text title();

    /** A sentence under the title: what the form is for, what happens next. */
    Text lead();

    List<PublicField> fields();

    /** The link's text on a request's tracking page, or null when the form is not offered there. */
    default Text trackingLink() {
        return null;
    }

    /**
     * Whether the form opens only by a private link of the module's ({@link PrivateLinks}): served to nobody else,
     * and its submission names the record the link opens.
     */
    default boolean opensByLink() {
        return false;
    }

    /**
     * Stores what the customer filed, or throws {@link InvalidModuleInput} with a message per field, having stored
     * nothing. Runs in no transaction of the platform's; the tenant is bound. Returns the confirmation shown next.
     */
    Text submit(Submission submission);

    /**
     * What the customer sent: each field's value (stripped; absent when left empty), the language of the page
     * ({@code zh-CN} or {@code en}), the number of the request whose tracking page they came from, if any, and for a
     * form that {@link #opensByLink() opens by link} the record the link opens.
     */
    record Submission(Map<String, String> values, String language, Optional<String> requestNumber,
                      Optional<java.util.UUID> record) {

        public Submission {
            values = Map.copyOf(values);
        }

        public Optional<String> value(String field) {
            return Optional.ofNullable(values.get(field));
        }
    }
}
