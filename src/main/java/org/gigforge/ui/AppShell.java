package org.gigforge.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo theme and our static CSS (no Node build), installable PWA with an
 * offline page, and server push over WebSocket with long-polling as the fallback.
 */
@Push
@PWA(name = "Gigforge — freelance marketplace", shortName = "Gigforge",
        description = "Hire freelancers and find work, with fair fees and payment protection.",
        backgroundColor = "#ffffff", themeColor = "#1f5eff",
        offlinePath = "offline.html", offlineResources = {"icons/icon.png", "styles/offline.css"})
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/gigforge.css")
@Meta(name = "description", content = "Gigforge: hire freelancers and find work, with fair fees and payment protection.")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1, viewport-fit=cover");
        settings.addFavIcon("icon", "icons/icon.png", "512x512");
        // Apply the saved light/dark choice before the first paint, so the page never flashes.
        settings.addInlineWithContents(Inline.Position.PREPEND,
                "try{var t=localStorage.getItem('gigforge-theme')||(matchMedia('(prefers-color-scheme: dark)').matches?'dark':'');"
                        + "if(t==='dark')document.documentElement.setAttribute('theme','dark');}catch(e){}",
                Inline.Wrapping.JAVASCRIPT);
    }
}
