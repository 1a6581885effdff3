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

    /**
     * For a form that {@link #opensByLink() opens by link}: the fields for the record the link opens (a survey asks
     * the questions of the questionnaire version its invitation pins), shown and submitted in place of
     * {@link #fields()}; none makes the page one to read only (answered already, say).
     */
    default List<PublicField> fields(java.util.UUID record) {
        return fields();
    }

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
     * For a form that {@link #opensByLink() opens by link}: what its page shows of the record the link opens, above
     * the fields (where it stands, the dates that matter, a letter sent), read without the staff's permissions. A
     * form with no fields is such a page only, with nothing to submit.
     */
    default List<Section> shows(java.util.UUID record) {
        return List.of();
    }

    /** A part of a record's page: a heading and its text (line breaks kept), {@code id} for the page's markup. */
    record Section(String id, Text heading, Text body) {
    }

    /**
     * Stores what the customer filed, or throws {@link InvalidModuleInput} with a message per field, having stored
     * nothing. Runs in no transaction of the platform's; the tenant is bound. Returns the confirmation shown next.
     */
    Text submit(Submission submission);

    /**
     * What the customer sent: each field's value (stripped; absent when left empty), the language of the page
     * ({@code zh-CN} or {@code en}), the number of the request whose tracking page they came from, if any, for a
     * form that {@link #opensByLink() opens by link} the record the link opens, and the files of each
     * {@link PublicField.Kind#FILES} field, checked already.
     */
    record Submission(Map<String, String> values, String language, Optional<String> requestNumber,
                      Optional<java.util.UUID> record, Map<String, List<Upload>> files) {

        public Submission {
            values = Map.copyOf(values);
            files = Map.copyOf(files);
        }

        public Submission(Map<String, String> values, String language, Optional<String> requestNumber,
                          Optional<java.util.UUID> record) {
            this(values, language, requestNumber, record, Map.of());
        }

        public Optional<String> value(String field) {
            return Optional.ofNullable(values.get(field));
        }

        /** The files sent in {@code field}, in the order chosen; none when no file was chosen. */
        public List<Upload> files(String field) {
            return files.getOrDefault(field, List.of());
        }
    }

    /** A file sent with the form, as the customer named it. */
    record Upload(String fileName, byte[] content) {
    }
}
