package io.labdesk.platform.ui.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page every view lives in: Lumo, then LabDesk's own styles from the theme JAR. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("labdesk/labdesk.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("LabDesk");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
