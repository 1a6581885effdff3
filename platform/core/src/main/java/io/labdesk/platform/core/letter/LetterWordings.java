package io.labdesk.platform.core.letter;

import io.labdesk.platform.api.data.ConcurrentEdit;
import io.labdesk.platform.api.letter.LetterKind;
import io.labdesk.platform.api.letter.LetterTemplates;
import io.labdesk.platform.api.letter.LetterText;
import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.api.module.Text;
import io.labdesk.platform.core.module.InstalledModules;
import io.labdesk.platform.core.module.ModuleStates;
import io.labdesk.platform.core.tenant.NotFound;
import io.labdesk.platform.core.tenant.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * {@link LetterTemplates} on {@code letter_template}: a row only for a letter the institution reworded, so a module's
 * better default reaches every institution that kept it. Version 0 is the default; a stored wording's is its row
 * version plus one.
 */
@ApplicationScoped
public class LetterWordings implements LetterTemplates {

    static final List<String> LANGUAGES = List.of("zh-CN", "en");
    private static final int LONGEST = 10_000;

    @Inject
    TenantData tenantData;

    @Inject
    InstalledModules installed;

    @Inject
    ModuleStates states;

    /** A letter a module declares, with the module's id. */
    public record Declared(String module, LetterKind kind) {
    }

    /** The letters of the modules the current institution runs whose wording the signed-in user may change. */
    public List<Declared> mine() {
        return installed.all().stream().filter(m -> states.enabled(m.id())).flatMap(m -> m.letters().stream()
                .filter(l -> states.permitted(l.permission())).map(l -> new Declared(m.id(), l))).toList();
    }

    /** The letter as declared by a module the institution runs; else not found. */
    public LetterKind kind(String module, String name) {
        return installed.find(module).filter(m -> states.enabled(m.id())).map(LabDeskModule::letters)
                .flatMap(letters -> letters.stream().filter(l -> l.name().equals(name)).findFirst())
                .orElseThrow(() -> new NotFound("letter " + module + "/" + name));
    }

    @Override
    @Transactional
    public Template of(String module, String name, String language) {
        LetterKind kind = declared(module, name);
        String lang = language(language);
        return stored(module, name, lang).map(s -> new Template(module, name, lang, s.body(), s.version() + 1, true))
                .orElseGet(() -> new Template(module, name, lang, wording(kind, lang), 0, false));
    }

    @Override
    @Transactional
    public Template keep(String module, String name, String language, String body, long version) {
        LetterKind kind = permitted(module, name);
        String lang = language(language);
        if (body == null || body.isBlank() || body.length() > LONGEST) {
            throw InvalidModuleInput.of("body", Text.of("信函内容不能为空，且不超过 10000 个字符。",
                    "The letter's wording cannot be empty or longer than 10,000 characters."));
        }
        List<String> unknown = LetterText.unknown(body, kind.placeholderNames());
        if (!unknown.isEmpty()) {
            String known = kind.placeholderNames().stream().map(p -> "{" + p + "}").toList().toString();
            String named = unknown.stream().map(p -> "{" + p + "}").toList().toString();
            throw InvalidModuleInput.of("body", Text.of("未知的占位符：" + named + "；可用：" + known,
                    "Unknown placeholders: " + named + "; known: " + known));
        }
        Optional<StoredWording> stored = current(module, name, lang, version);
        if (stored.isPresent()) {
            stored.get().reword(body);
        } else {
            tenantData.em().persist(new StoredWording(module, name, lang, body));
        }
        try {
            tenantData.em().flush();
        } catch (PersistenceException e) {
            // Two first rewordings at once: the unique key lets one in; the other read a default now replaced.
            throw new ConcurrentEdit("The letter's wording");
        }
        return of(module, name, lang);
    }

    @Override
    @Transactional
    public Template restore(String module, String name, String language, long version) {
        permitted(module, name);
        String lang = language(language);
        current(module, name, lang, version).ifPresent(tenantData.em()::remove);
        tenantData.em().flush();
        return of(module, name, lang);
    }

    /** The stored wording {@code version} names, refusing a stale one; empty while the default is in force. */
    private Optional<StoredWording> current(String module, String name, String lang, long version) {
        Optional<StoredWording> stored = stored(module, name, lang);
        long now = stored.map(s -> s.version() + 1).orElse(0L);
        if (now != version) {
            throw new ConcurrentEdit("The letter's wording");
        }
        return stored;
    }

    private LetterKind declared(String module, String name) {
        return installed.find(module).map(LabDeskModule::letters)
                .flatMap(letters -> letters.stream().filter(l -> l.name().equals(name)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("No letter " + name + " in module " + module));
    }

    private LetterKind permitted(String module, String name) {
        LetterKind kind = kind(module, name);
        states.require(kind.permission());
        return kind;
    }

    private Optional<StoredWording> stored(String module, String name, String lang) {
        return tenantData.em().createQuery("SELECT w FROM StoredWording w WHERE w.module = :m AND w.name = :n "
                        + "AND w.language = :l", StoredWording.class).setParameter("m", module).setParameter("n", name)
                .setParameter("l", lang).getResultStream().findFirst();
    }

    private static String wording(LetterKind kind, String lang) {
        return "en".equals(lang) ? kind.wording().en() : kind.wording().zh();
    }

    /** "zh-CN" or "en"; anything English-like is English, the rest Chinese, as letters go out in one of the two. */
    static String language(String language) {
        return language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "zh-CN";
    }
}
