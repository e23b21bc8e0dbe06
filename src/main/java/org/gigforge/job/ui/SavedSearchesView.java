package org.gigforge.job.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.gigforge.account.Role;
import org.gigforge.job.JobQuery;
import org.gigforge.job.JobQueryParameters;
import org.gigforge.job.SavedSearch;
import org.gigforge.job.SavedSearchAlert;
import org.gigforge.job.SavedSearchService;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.taxonomy.Skill;
import org.gigforge.taxonomy.Taxonomy;

/**
 * A freelancer's saved job searches (open, rename, delete) and the new jobs that matched them, newest first,
 * with the unread ones marked until they are marked as seen.
 */
@Route("saved-searches")
@RolesAllowed(Role.Names.FREELANCER)
@Menu(title = "nav.saved-searches", order = 11, icon = "vaadin:bell")
public class SavedSearchesView extends VerticalLayout implements HasDynamicTitle {

    private final SavedSearchService savedSearches;
    private final Taxonomy taxonomy;
    private final Div searches = new Div();
    private final Div alerts = new Div();
    private final H2 alertsTitle = new H2();
    private final Button markRead = new Button();

    SavedSearchesView(SavedSearchService savedSearches, Taxonomy taxonomy) {
        this.savedSearches = savedSearches;
        this.taxonomy = taxonomy;
        addClassName("gf-page");
        setId("saved-searches");
        searches.setId("saved-search-list");
        alerts.setId("saved-search-alerts");
        alertsTitle.setId("saved-search-alerts-title");
        markRead.setText(getTranslation("saved-search.mark-read"));
        markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markRead.setId("saved-search-mark-read");
        markRead.addClickListener(e -> {
            savedSearches.markAlertsRead();
            refresh();
        });
        add(new ViewHeader(getTranslation("nav.saved-searches"), getTranslation("saved-search.lead")), searches,
                alertsTitle, markRead, alerts);
        refresh();
    }

    private void refresh() {
        searches.removeAll();
        var mine = savedSearches.mine();
        if (mine.isEmpty()) {
            searches.add(new Paragraph(getTranslation("saved-search.none")));
        }
        mine.forEach(s -> searches.add(card(s)));

        alerts.removeAll();
        long unread = savedSearches.unreadAlertCount();
        alertsTitle.setText(unread == 0 ? getTranslation("saved-search.alerts")
                : getTranslation("saved-search.alerts.unread", unread));
        markRead.setVisible(unread > 0);
        var found = savedSearches.alerts();
        if (found.isEmpty()) {
            alerts.add(new Paragraph(getTranslation("saved-search.alerts.none")));
        }
        found.forEach(a -> alerts.add(alert(a)));
    }

    private Div card(SavedSearch saved) {
        var title = new H3(saved.name());
        title.addClassName("gf-job-title");
        var summary = new Span(describe(saved.query()));
        summary.addClassName("gf-muted");
        var card = new Div(title, summary);
        if (saved.unreadAlerts() > 0) {
            card.add(Chips.badge(getTranslation("saved-search.new-jobs", saved.unreadAlerts()), "open"));
        }
        var open = new Button(getTranslation("saved-search.open"), e -> getUI().ifPresent(
                ui -> ui.navigate(FindWorkView.class, new QueryParameters(JobQueryParameters.format(saved.query())))));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        open.setId("saved-search-open-" + saved.id());
        var rename = new Button(getTranslation("saved-search.rename"), e -> rename(saved));
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL);
        rename.setId("saved-search-rename-" + saved.id());
        var delete = new Button(getTranslation("saved-search.delete"), e -> {
            var confirm = new ConfirmDialog(getTranslation("saved-search.delete.title"),
                    getTranslation("saved-search.delete.text", saved.name()), getTranslation("saved-search.delete"),
                    ok -> {
                        savedSearches.delete(saved.id());
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("saved-search.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setId("saved-search-delete-" + saved.id());
        var actions = new Div(open, rename, delete);
        actions.addClassName("gf-job-actions");
        card.add(actions);
        card.addClassName("gf-job-card");
        card.setId("saved-search-" + saved.id());
        return card;
    }

    private void rename(SavedSearch saved) {
        var dialog = new Dialog(getTranslation("saved-search.rename"));
        var name = new TextField(getTranslation("saved-search.name"));
        name.setValue(saved.name());
        name.setMaxLength(SavedSearchService.MAX_NAME_LENGTH);
        name.setWidthFull();
        name.setId("saved-search-new-name");
        var save = new Button(getTranslation("saved-search.save.confirm"), e -> {
            try {
                savedSearches.rename(saved.id(), name.getValue());
                dialog.close();
                refresh();
            } catch (UserFacingException refusal) {
                FormErrors.show(this, refusal, Map.of("name", name));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("saved-search-rename-confirm");
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("saved-search.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Div alert(SavedSearchAlert a) {
        var job = new Anchor(a.jobPath(), a.jobTitle());
        var line = new Div(job, Chips.dot(), new Span(getTranslation("saved-search.alert.from", a.savedSearchName())),
                Chips.dot(), new Span(Formats.dateTime(a.createdAt())));
        line.addClassName("gf-saved-search-alert");
        if (a.readAt() == null) {
            line.addClassName("gf-unread");
        }
        return line;
    }

    /** A short line of what a saved search asks for, in the freelancer's words. */
    private String describe(JobQuery q) {
        var parts = new ArrayList<String>();
        if (q.text() != null) {
            parts.add("“" + q.text() + "”");
        }
        if (q.category() != null) {
            parts.add(taxonomy.category(q.category()).map(c -> c.name(getLocale())).orElse(q.category()));
        }
        if (!q.skills().isEmpty()) {
            parts.add(String.join(", ", q.skills().stream()
                    .map(s -> taxonomy.skill(s).map(Skill::name).orElse(s)).toList()));
        }
        if (q.type() != null) {
            parts.add(getTranslation("saved-search.type." + q.type().name()));
        }
        if (q.budgetMin() != null || q.budgetMax() != null || q.rateMin() != null || q.rateMax() != null) {
            parts.add(getTranslation("saved-search.pay", q.currency()));
        }
        if (q.remote()) {
            parts.add(getTranslation("saved-search.remote"));
        }
        if (q.country() != null) {
            parts.add(Locale.of("", q.country()).getDisplayCountry(Formats.locale()));
        }
        if (q.near() != null) {
            parts.add(getTranslation("saved-search.near", q.near().radiusKm()));
        }
        return parts.isEmpty() ? getTranslation("saved-search.everything") : String.join(" · ", parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.saved-searches") + " · Gigforge";
    }
}
