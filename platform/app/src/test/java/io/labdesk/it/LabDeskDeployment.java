package io.labdesk.it;

import io.labdesk.it.probe.ProbeModule;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real WAR as the build made it, plus the test-only probe module, deployed under its own name (the OIDC
 * configuration names it).
 */
final class LabDeskDeployment {

    private static final String ARQUILLIAN_RUNNER = "/ArquillianServletRunnerEE9";

    private LabDeskDeployment() {
    }

    /** The WAR with the test-only probe module added as a library, the way a real module JAR sits in it. */
    static WebArchive war() {
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, "labdesk-probe-module.jar")
                .addPackage(ProbeModule.class.getPackage())
                .addAsResource("db/changelog/modules/probe.xml")
                .addAsServiceProvider(io.labdesk.platform.api.module.ModuleEntities.class,
                        io.labdesk.it.probe.ProbeEntities.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("labdesk.war")))
                .addAsLibrary(probe);
    }

    /** The WAR plus test classes that run inside the server; Arquillian's runner is let past the sign-in. */
    static WebArchive inContainer(Class<?>... testClasses) {
        WebArchive war = war().addClasses(testClasses);
        String webXml = read(war, "WEB-INF/web.xml");
        String open = "<web-resource-name>public</web-resource-name>";
        if (!webXml.contains(open)) {
            throw new IllegalStateException("web.xml has no public constraint to extend");
        }
        war.setWebXML(new StringAsset(webXml.replace(open,
                open + "\n      <url-pattern>" + ARQUILLIAN_RUNNER + "</url-pattern>")));
        return war;
    }

    static String baseUrl() {
        return System.getProperty("labdesk.it.base.url");
    }

    private static String read(WebArchive war, String path) {
        try (InputStream in = war.get(path).getAsset().openStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
