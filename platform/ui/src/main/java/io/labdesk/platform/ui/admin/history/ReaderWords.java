package io.labdesk.platform.ui.admin.history;

import com.vaadin.flow.component.Component;
import io.labdesk.platform.api.module.SettingField;
import io.labdesk.platform.core.module.InstalledModules;
import io.labdesk.platform.core.staff.ActorNames;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@link SettingsChangeText.Words} of a view: its translations, the institution's staff, types and modules. */
public record ReaderWords(Component view, Locale locale, ActorNames names, Map<String, String> typeNames,
                          InstalledModules modules) implements SettingsChangeText.Words {

    @Override
    public String find(String key) {
        String text = view.getTranslation(key);
        return text.equals("!" + key + "!") ? null : text;
    }

    @Override
    public Optional<SettingField> moduleField(String moduleId, String key) {
        return modules.find(moduleId).flatMap(m -> m.settings().fields().stream()
                .filter(f -> f.key().equals(key)).findFirst());
    }

    @Override
    public String moduleName(String moduleId) {
        return modules.find(moduleId).map(m -> m.name().in(locale())).orElse(moduleId);
    }

    @Override
    public String typeName(String code) {
        return typeNames.getOrDefault(code, code);
    }

    @Override
    public String staffName(String username) {
        return names.staff(username);
    }
}
