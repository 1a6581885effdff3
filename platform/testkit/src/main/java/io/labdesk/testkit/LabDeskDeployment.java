package io.labdesk.testkit;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real WAR as the build made it, plus the platform's test-only probe module where the test run has it, deployed
 * under its own name (the OIDC configuration names it).
 */
public final class LabDeskDeployment {

    private static final String ARQUILLIAN_RUNNER = "/ArquillianServletRunnerEE9";
    /** The probe lives in the platform's tests; a module's own test run may lack it. */
    private static final String PROBE = "io.labdesk.it.probe";

    private LabDeskDeployment() {
    }

    /** The WAR, with the test-only probe module added as a library (the way a real module JAR sits in it). */
    public static WebArchive war() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("labdesk.war")));
        if (LabDeskDeployment.class.getClassLoader().getResource(PROBE.replace('.', '/') + "/ProbeModule.class") == null) {
            return war;
        }
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, "labdesk-probe-module.jar")
                .addPackage(PROBE)
                .addAsResource("db/changelog/modules/probe.xml")
                .addAsServiceProvider("io.labdesk.platform.api.module.ModuleEntities", PROBE + ".ProbeEntities")
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return war.addAsLibrary(probe);
    }

    /**
     * The WAR plus test classes that run inside the server, and every {@link IsolationRecords} of the test run with
     * its service file; Arquillian's runner is let past the sign-in.
     */
    public static WebArchive inContainer(Class<?>... testClasses) {
        WebArchive war = war().addClasses(testClasses);
        JavaArchive records = ShrinkWrap.create(JavaArchive.class, "labdesk-isolation-records.jar")
                .addClass(IsolationRecords.class);
        String[] found = ServiceLoader.load(IsolationRecords.class).stream().map(r -> {
            records.addClass(r.type());
            return r.type().getName();
        }).toArray(String[]::new);
        war.addAsLibrary(records.addAsServiceProvider(IsolationRecords.class.getName(), found));
        String webXml = read(war, "WEB-INF/web.xml");
        String open = "<web-resource-name>public</web-resource-name>";
        if (!webXml.contains(open)) {
            throw new IllegalStateException("web.xml has no public constraint to extend");
        }
        war.setWebXML(new StringAsset(webXml.replace(open,
                open + "\n      <url-pattern>" + ARQUILLIAN_RUNNER + "</url-pattern>")));
        return war;
    }

    public static String baseUrl() {
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
