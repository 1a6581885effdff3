package io.labdesk.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR as the build made it, deployed unchanged under its own name (the OIDC configuration names it). */
final class LabDeskDeployment {

    private LabDeskDeployment() {
    }

    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("labdesk.war")));
    }

    static String baseUrl() {
        return System.getProperty("labdesk.it.base.url");
    }
}
