package io.labdesk.platform.core.module;

import io.labdesk.platform.api.letter.LetterKind;
import io.labdesk.platform.api.letter.LetterText;
import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.api.module.ModulePermission;
import io.labdesk.platform.api.module.ModuleView;
import io.labdesk.platform.api.module.NavigationEntry;
import io.labdesk.platform.api.module.PublicForm;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The plug-in modules in this deployment, found through CDI (every bean implementing {@link LabDeskModule}), each
 * checked once: a well-formed unique id, permissions and navigation that refer to its own ids and views.
 */
@ApplicationScoped
public class InstalledModules {

    private static final Logger LOG = Logger.getLogger(InstalledModules.class.getName());
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,62}");
    private static final Pattern FORM_PATH = Pattern.compile("[a-z][a-z-]{1,40}");
    /** What {@code /t/{slug}/…} already serves. */
    private static final Set<String> PLATFORM_PAGES = Set.of("request", "brand.css", "logo");

    @Inject
    @Any
    Instance<LabDeskModule> discovered;

    private Map<String, LabDeskModule> byId;
    private Map<String, String> packages;

    @PostConstruct
    void discover() {
        Map<String, LabDeskModule> modules = new LinkedHashMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        Map<String, String> formPaths = new LinkedHashMap<>();
        List<Instance.Handle<LabDeskModule>> handles = new ArrayList<>();
        discovered.handles().forEach(handles::add);
        handles.sort(Comparator.comparing(h -> h.get().id()));
        for (Instance.Handle<LabDeskModule> handle : handles) {
            LabDeskModule module = handle.get();
            check(module);
            if (modules.putIfAbsent(module.id(), module) != null) {
                throw new IllegalStateException("Two modules have the id " + module.id());
            }
            for (PublicForm form : module.publicForms()) {
                String other = formPaths.putIfAbsent(form.path(), module.id());
                if (other != null) {
                    throw new IllegalStateException("Modules " + other + " and " + module.id()
                            + " both offer a public form at " + form.path());
                }
            }
            owners.put(handle.getBean().getBeanClass().getPackageName(), module.id());
            LOG.info(() -> "Plug-in module " + module.id() + " installed");
        }
        byId = Map.copyOf(modules);
        packages = Map.copyOf(owners);
    }

    static void check(LabDeskModule module) {
        String id = module.id();
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalStateException("Module id must be lower case letters, digits and dashes: " + id);
        }
        List<String> permissions = module.permissions().stream().map(ModulePermission::id).toList();
        for (String permission : permissions) {
            if (!permission.startsWith(id + ".")) {
                throw new IllegalStateException("Permission " + permission + " must start with " + id + ".");
            }
        }
        List<String> paths = module.views().stream().map(ModuleView::path).toList();
        for (ModuleView view : module.views()) {
            if (view.permission() != null && !permissions.contains(view.permission())) {
                throw new IllegalStateException("View " + view.path() + " needs an unknown permission");
            }
        }
        for (NavigationEntry entry : module.navigation()) {
            if (!paths.contains(entry.path())) {
                throw new IllegalStateException("Navigation entry " + entry.path() + " names no view of " + id);
            }
            if (entry.permission() != null && !permissions.contains(entry.permission())) {
                throw new IllegalStateException("Navigation entry " + entry.path() + " needs an unknown permission");
            }
        }
        for (LetterKind letter : module.letters()) {
            if (!permissions.contains(letter.permission())) {
                throw new IllegalStateException("Letter " + letter.name() + " of " + id + " needs an unknown permission");
            }
            for (String wording : List.of(letter.wording().zh(), letter.wording().en())) {
                if (!LetterText.unknown(wording, letter.placeholderNames()).isEmpty()) {
                    throw new IllegalStateException("Letter " + letter.name() + " of " + id
                            + " uses undeclared placeholders: " + LetterText.unknown(wording, letter.placeholderNames()));
                }
            }
        }
        for (PublicForm form : module.publicForms()) {
            if (form.path() == null || !FORM_PATH.matcher(form.path()).matches()
                    || PLATFORM_PAGES.contains(form.path())) {
                throw new IllegalStateException("Public form path of " + id + " must be lower-case letters and "
                        + "dashes, not a platform page: " + form.path());
            }
        }
        module.settings();
    }

    /** Sorted by id. */
    public List<LabDeskModule> all() {
        return byId.values().stream().sorted(Comparator.comparing(LabDeskModule::id)).toList();
    }

    public Optional<LabDeskModule> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The public form at {@code path} and the module that offers it. */
    public Optional<Map.Entry<LabDeskModule, PublicForm>> publicForm(String path) {
        for (LabDeskModule module : all()) {
            for (PublicForm form : module.publicForms()) {
                if (form.path().equals(path)) {
                    return Optional.of(Map.entry(module, form));
                }
            }
        }
        return Optional.empty();
    }

    /** The module a class belongs to: the one whose descriptor's package holds it (or a package above it). */
    public Optional<String> owner(Class<?> type) {
        return ownerOfPackage(type.getPackageName());
    }

    Optional<String> ownerOfPackage(String name) {
        return packages.entrySet().stream().filter(e -> within(name, e.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }

    /** Whether package {@code name} is {@code base} or below it: a module owns its descriptor's package tree. */
    static boolean within(String name, String base) {
        return name.equals(base) || name.startsWith(base + ".");
    }

    public Optional<ModulePermission> permission(String permissionId) {
        int dot = permissionId.indexOf('.');
        return dot < 0 ? Optional.empty() : find(permissionId.substring(0, dot)).flatMap(m -> m.permissions()
                .stream().filter(p -> p.id().equals(permissionId)).findFirst());
    }

    /** The changelogs of every module that has one, in the modules' order. */
    public List<String> changelogs() {
        return all().stream().map(LabDeskModule::changelog).filter(c -> c != null && !c.isBlank()).toList();
    }
}
