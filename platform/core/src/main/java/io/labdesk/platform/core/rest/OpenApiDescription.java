package io.labdesk.platform.core.rest;

import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.core.module.InstalledModules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The API's OpenAPI description: the platform's own, kept beside its code ({@code openapi/labdesk-api.yaml}), with
 * the paths of every installed module's REST resources read from the deployed classes ({@link ModuleApiPaths}) and
 * a tag per module. Modules are found through CDI: their resources are request-scoped beans in their packages.
 * Built once: the installed modules do not change while the application runs.
 */
@ApplicationScoped
public class OpenApiDescription {

    private static final Logger LOG = Logger.getLogger(OpenApiDescription.class.getName());

    @Inject
    InstalledModules installed;

    @Inject
    BeanManager beans;

    private volatile String yaml;

    public String yaml() {
        String built = yaml;
        if (built == null) {
            built = build();
            yaml = built;
        }
        return built;
    }

    private String build() {
        Map<String, Object> description = platform();
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) description.computeIfAbsent("paths",
                k -> new LinkedHashMap<>());
        List<Object> tags = new ArrayList<>();
        List<Class<?>> allResources = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass).filter(c -> c.isAnnotationPresent(Path.class)).distinct()
                .sorted(Comparator.comparing(Class::getName)).toList();
        for (LabDeskModule module : installed.all()) {
            List<Class<?>> resources = allResources.stream()
                    .filter(c -> installed.owner(c).filter(module.id()::equals).isPresent()).toList();
            if (resources.isEmpty()) {
                continue;
            }
            tags.add(Map.of("name", module.id(), "description", module.name().en() + " (module " + module.id()
                    + "): " + module.description().en() + " Served only to institutions that enabled it."));
            for (Class<?> resource : resources) {
                ModuleApiPaths.of(module.id(), resource).forEach((path, operations) -> {
                    if (paths.containsKey(path)) {
                        // JAX-RS would not serve it either: the platform's resource matches first.
                        LOG.warning("Module " + module.id() + " declares the platform's path " + path);
                        return;
                    }
                    paths.put(path, operations);
                });
            }
        }
        if (!tags.isEmpty()) {
            description.put("tags", tags);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(120);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        return new Yaml(new Representer(options), options).dump(description);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> platform() {
        try (InputStream in = OpenApiDescription.class.getClassLoader()
                .getResourceAsStream("openapi/labdesk-api.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi/labdesk-api.yaml is missing from the platform's JAR");
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new LinkedHashMap<>((Map<String, Object>) root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
