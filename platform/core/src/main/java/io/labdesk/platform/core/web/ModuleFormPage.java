package io.labdesk.platform.core.web;

import io.labdesk.platform.api.data.InvalidInput;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.PrivateLinks;
import io.labdesk.platform.api.module.PublicField;
import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.api.module.SettingField;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.core.brand.Brands;
import io.labdesk.platform.core.language.Messages;
import io.labdesk.platform.core.module.InstalledModules;
import io.labdesk.platform.core.module.ModuleStates;
import io.labdesk.platform.core.request.Attachments;
import io.labdesk.platform.core.request.CustomerRequests;
import io.labdesk.platform.core.request.ServiceRequest;
import io.labdesk.platform.core.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The pages of modules' {@link PublicForm}s at {@code /t/{slug}/{path}}: the form in the institution's brand, a
 * message at each field the module refuses (nothing stored), the module's confirmation once it took the form. Only
 * for tenants that enabled the module; the robot trap, the per-client limit and double-submit safety are the
 * platform's, as on the request form. A form that opens by a private link is served only with a key that opens
 * one of its module's records.
 */
@ApplicationScoped
public class ModuleFormPage {

    private static final Duration REMEMBERED = Duration.ofMinutes(30);

    @Inject
    InstalledModules installed;

    @Inject
    ModuleStates states;

    @Inject
    Brands brands;

    @Inject
    FormRateLimit rateLimit;

    @Inject
    CustomerRequests customerRequests;

    @Inject
    PrivateLinks privateLinks;

    /**
     * Submissions by form key, taken or under way: a second submit of the same page (a double click, a reload) waits
     * for the first and shows its answer instead of filing again.
     */
    private final Map<String, Answered> answered = new ConcurrentHashMap<>();

    private record Answered(CompletableFuture<Text> confirmation, Instant at) {
    }

    /**
     * The form at {@code path} for the current tenant, when its module is enabled there; one that opens by link only
     * with a key that opens one of its module's records.
     */
    public Optional<PublicForm> find(String path, String key) {
        return installed.publicForm(path).filter(e -> states.enabled(e.getKey().id()))
                .filter(e -> !e.getValue().opensByLink() || record(e.getValue(), key).isPresent())
                .map(Map.Entry::getValue);
    }

    /** The record a form's private link opens. */
    private Optional<UUID> record(PublicForm form, String key) {
        return key == null || !form.opensByLink() ? Optional.empty() : installed.publicForm(form.path())
                .flatMap(e -> privateLinks.resolve(e.getKey().id(), key));
    }

    /** The fields of the form, for the record its private link opens where it opens by link. */
    private List<PublicField> fields(PublicForm form, String key) {
        return record(form, key).map(form::fields).orElseGet(form::fields);
    }

    /** The enabled modules' forms a request's tracking page links to. */
    public List<PublicForm> offeredOnTracking() {
        return installed.all().stream().filter(m -> states.enabled(m.id()))
                .flatMap(m -> m.publicForms().stream()).filter(f -> f.trackingLink() != null).toList();
    }

    void get(PublicForm form, Tenant tenant, Locale locale, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<ServiceRequest> from = from(request.getParameter("from"));
        String key = request.getParameter("key");
        Map<String, String> values = new LinkedHashMap<>();
        from.ifPresent(r -> fields(form, key).forEach(f -> {
            String value = prefill(f.prefill(), r);
            if (value != null) {
                values.put(f.name(), value);
            }
        }));
        page(response, 200, form, tenant, locale, request.getParameter("from"), key, values, Map.of(), null);
    }

    /**
     * The files of the form's {@link PublicField.Kind#FILES} fields, each checked as the platform checks every file
     * it keeps; a file it would not keep is refused at its field, by name.
     */
    private Map<String, List<PublicForm.Upload>> files(List<PublicField> fields, HttpServletRequest request,
                                                       Map<String, Text> refused) throws IOException {
        Map<String, List<PublicForm.Upload>> files = new LinkedHashMap<>();
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return files;
        }
        for (PublicField field : fields) {
            if (field.kind() != PublicField.Kind.FILES) {
                continue;
            }
            List<PublicForm.Upload> sent = new ArrayList<>();
            try {
                for (Part part : request.getParts()) {
                    if (field.name().equals(part.getName()) && part.getSubmittedFileName() != null
                            && !part.getSubmittedFileName().isBlank()) {
                        try (InputStream in = part.getInputStream()) {
                            sent.add(new PublicForm.Upload(part.getSubmittedFileName(), in.readAllBytes()));
                        }
                    }
                }
            } catch (ServletException | IllegalStateException e) {
                // Larger than the servlet takes at all: refused like a file over the size.
                refused.put(field.name(), message("validation.attachments.size"));
                continue;
            }
            if (sent.size() > Attachments.MAX_FILES) {
                refused.put(field.name(), message("validation.attachments.count"));
                continue;
            }
            List<PublicForm.Upload> checked = new ArrayList<>();
            for (PublicForm.Upload upload : sent) {
                try {
                    Attachments.Upload ok = Attachments.check(List.of(new Attachments.Upload(upload.fileName(), null,
                            upload.content()))).getFirst();
                    checked.add(new PublicForm.Upload(ok.fileName(), ok.content()));
                } catch (Attachments.RefusedFile e) {
                    // The wording of the request form's refused file, in both languages.
                    String why = e.fieldMessageKeys().values().iterator().next();
                    refused.put(field.name(), Text.of(refusedFile(e.fileName(), why, Locale.SIMPLIFIED_CHINESE),
                            refusedFile(e.fileName(), why, Locale.ENGLISH)));
                    break;
                }
            }
            files.put(field.name(), checked);
        }
        return files;
    }

    private static String refusedFile(String fileName, String key, Locale locale) {
        return Messages.get("public.form.refusedFile", locale, fileName, Messages.get(key, locale));
    }

    private static Text message(String key) {
        return Text.of(Messages.get(key, Locale.SIMPLIFIED_CHINESE), Messages.get(key, Locale.ENGLISH));
    }

    void post(PublicForm form, Tenant tenant, Locale locale, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String fromToken = request.getParameter("from");
        String key = request.getParameter("key");
        Map<String, String> values = new LinkedHashMap<>();
        List<PublicField> fields = fields(form, key);
        Map<String, Text> offScale = new LinkedHashMap<>();
        for (PublicField field : fields) {
            String value = field.kind() == PublicField.Kind.FILES ? null : request.getParameter(field.name());
            if (field.kind() == PublicField.Kind.FLAG) {
                values.put(field.name(), Boolean.toString(value != null));
            } else if (value != null && !value.isBlank()) {
                values.put(field.name(), value.strip());
                if (!field.points().isEmpty() && !field.points().contains(value.strip())) {
                    // Only a point of the row is an answer; anything else was not sent by the page.
                    offScale.put(field.name(), message("validation.scale"));
                }
            }
        }
        if (request.getParameter("website") != null && !request.getParameter("website").isEmpty()) {
            // The hidden field only robots fill in: answer as if received, store nothing.
            confirmation(response, form, tenant, locale, Page.t(locale, "public.moduleForm.thanks"));
            return;
        }
        String formKey = request.getParameter("formKey");
        formKey = formKey != null && formKey.matches("[0-9a-f-]{36}") ? form.path() + ":" + formKey : null;
        Answered mine = new Answered(new CompletableFuture<>(), Instant.now());
        Answered earlier = formKey == null ? null : answered.putIfAbsent(formKey, mine);
        if (earlier != null) {
            try {
                confirmation(response, form, tenant, locale, earlier.confirmation()
                        .get(1, TimeUnit.MINUTES).in(locale));
            } catch (ExecutionException | TimeoutException e) {
                page(response, 409, form, tenant, locale, fromToken, key, values, Map.of(), "error.conflict");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return;
        }
        if (!rateLimit.allow(tenant.slug(), request.getRemoteAddr())) {
            forget(formKey);
            page(response, 429, form, tenant, locale, fromToken, key, values, Map.of(), "public.form.tooMany");
            return;
        }
        Optional<String> requestNumber = from(fromToken).map(ServiceRequest::number);
        Map<String, Text> refusedFiles = new LinkedHashMap<>();
        Map<String, List<PublicForm.Upload>> files = files(fields, request, refusedFiles);
        refusedFiles.putAll(offScale);
        if (!refusedFiles.isEmpty()) {
            forget(formKey);
            page(response, 400, form, tenant, locale, fromToken, key, values, refusedFiles, null);
            return;
        }
        try {
            Text confirmation = form.submit(new PublicForm.Submission(values, locale.getLanguage().equals("zh")
                    ? "zh-CN" : "en", requestNumber, record(form, key), files));
            mine.confirmation().complete(confirmation);
            forgetOld();
            confirmation(response, form, tenant, locale, confirmation.in(locale));
        } catch (InvalidModuleInput e) {
            forget(formKey);
            page(response, 400, form, tenant, locale, fromToken, key, values, e.messages(), null);
        } catch (InvalidInput e) {
            // The platform's own checks, under a module's form: their messages come from the platform's bundles.
            forget(formKey);
            Map<String, Text> messages = new LinkedHashMap<>();
            e.fieldMessageKeys().forEach((field, message) -> messages.put(field, message(message)));
            page(response, 400, form, tenant, locale, fromToken, key, values, messages, null);
        } catch (RuntimeException e) {
            forget(formKey);
            throw e;
        }
    }

    /** A refused or failed submission is no answer to show again: the customer corrects it and sends it anew. */
    private void forget(String formKey) {
        if (formKey != null) {
            Answered refused = answered.remove(formKey);
            if (refused != null) {
                refused.confirmation().completeExceptionally(new IllegalStateException("not taken"));
            }
        }
    }

    /** The request whose tracking page the customer came from: only one of this institution. */
    private Optional<ServiceRequest> from(String token) {
        return token == null || token.isBlank() ? Optional.empty() : customerRequests.requestOf(token);
    }

    private static String prefill(PublicField.Prefill what, ServiceRequest r) {
        return switch (what) {
            case NONE -> null;
            case REQUEST_NUMBER -> r.number();
            case CONTACT_NAME -> r.contactName();
            case ORGANISATION -> r.customerOrganisation();
            case PHONE -> r.contactPhone();
            case EMAIL -> r.contactEmail();
        };
    }

    private void forgetOld() {
        Instant before = Instant.now().minus(REMEMBERED);
        answered.values().removeIf(a -> a.at().isBefore(before) && a.confirmation().isDone());
    }

    private void confirmation(HttpServletResponse response, PublicForm form, Tenant tenant, Locale locale,
                              String confirmation) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("title", form.title().in(locale));
        model.put("confirmation", confirmation);
        Page.send(response, 200, "module-confirmation", locale, Page.frame(locale, form.title().in(locale), tenant,
                brands.look()), model);
    }

    /** What a record's section shows on the form's page. */
    public record Section(String id, String heading, String body) {
    }

    private void page(HttpServletResponse response, int status, PublicForm form, Tenant tenant, Locale locale,
                      String fromToken, String key, Map<String, String> values, Map<String, Text> errors,
                      String formErrorKey) throws IOException {
        String from = blank(fromToken) ? null : fromToken;
        String opening = blank(key) ? null : key;
        String query = (from == null ? "" : "&from=" + encode(from)) + (opening == null ? "" : "&key=" + encode(opening));
        Map<String, Object> model = new HashMap<>();
        model.put("title", form.title().in(locale));
        model.put("lead", form.lead().in(locale));
        model.put("zhLink", "?lang=zh-CN" + query);
        model.put("enLink", "?lang=en" + query);
        Optional<UUID> record = record(form, key);
        model.put("sections", record.map(r -> form.shows(r).stream().map(s -> new Section(s.id(),
                s.heading().in(locale), s.body().in(locale))).toList()).orElse(List.of()));
        model.put("formError", formErrorKey != null ? formErrorKey : errors.isEmpty() ? null : "public.form.fix");
        List<PublicField> fields = record.map(form::fields).orElseGet(form::fields);
        model.put("withFiles", fields.stream().anyMatch(f -> f.kind() == PublicField.Kind.FILES));
        model.put("action", form.path() + "?lang=" + locale.toLanguageTag());
        model.put("formKey", UUID.randomUUID().toString());
        model.put("from", from);
        model.put("key", opening);
        model.put("fields", fields.stream().map(f -> field(f, values.get(f.name()), errors.get(f.name()),
                locale)).toList());
        Page.send(response, status, "module-form", locale, Page.frame(locale, form.title().in(locale), tenant,
                brands.look()), model);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Page.Field field(PublicField field, String value, Text error, Locale locale) {
        String type = switch (field.kind()) {
            case FLAG -> "checkbox";
            case TEXTAREA -> "textarea";
            case FILES -> "file";
            case CHOICE -> "select";
            case EMAIL -> "email";
            case PHONE -> "tel";
            case DATE -> "date";
            case SCALE, RECOMMENDATION -> "scale";
            default -> "text";
        };
        List<Page.Choice> choices = new ArrayList<>();
        if (field.kind() == PublicField.Kind.CHOICE) {
            choices.add(new Page.Choice("", ""));
            for (SettingField.Choice choice : field.choices()) {
                choices.add(new Page.Choice(choice.value(), choice.label().in(locale)));
            }
        }
        for (String point : field.points()) {
            // Each point with its label where the module gave one (a scale's every point, a 0–10 row's ends).
            String label = field.choices().stream().filter(c -> c.value().equals(point)).findFirst()
                    .map(c -> c.label().in(locale)).orElse("");
            choices.add(new Page.Choice(point, label));
        }
        return new Page.Field(field.name(), type, field.label().in(locale), field.required(), field.maxLength(),
                value, error != null, error == null ? null : error.in(locale),
                field.help() == null ? null : field.help().in(locale), choices);
    }
}
