package org.gigforge.admin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.gigforge.account.Role;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.search.ReindexProgress;
import org.gigforge.search.SearchIndexService;
import org.jspecify.annotations.Nullable;

/**
 * The search index for admins: rebuild it from the database and follow the rebuild live (documents done of the
 * total, state, times, the error of a failed run). The page asks for the progress every second while a rebuild
 * is queued or running, so it also shows one that another admin or the start-up check began, on any node.
 */
@Route("admin/search")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.search", order = 95, icon = "vaadin:database")
@StyleSheet("styles/search.css")
public class AdminSearchIndexView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 1_000;

    private final transient SearchIndexService index;
    private final Button rebuild;
    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Span state = new Span();
    private final Span counts = new Span();
    private final DescriptionList facts = new DescriptionList();
    private final Paragraph none = new Paragraph();
    private final Div card = new Div();
    private @Nullable Registration polling;

    AdminSearchIndexView(SearchIndexService index) {
        this.index = index;
        addClassName("gf-page");
        setId("admin-search");

        rebuild = new Button(getTranslation("admin.search.rebuild"), VaadinIcon.REFRESH.create(), e -> start());
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.setId("search-rebuild");

        bar.setId("search-progress");
        bar.getElement().setAttribute("aria-labelledby", "search-progress-counts");
        state.setId("search-state");
        counts.setId("search-progress-counts");
        counts.addClassName("gf-muted");
        facts.setId("search-facts");
        facts.addClassName("gf-index-facts");
        none.setId("search-none");
        none.setText(getTranslation("admin.search.none"));

        var title = new H2(getTranslation("admin.search.latest"));
        card.addClassName("gf-card");
        card.add(title, state, bar, counts, facts);

        add(new ViewHeader(getTranslation("nav.admin.search"), getTranslation("admin.search.lead"), rebuild), none, card);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        polling = event.getUI().addPollListener(poll -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    private void start() {
        try {
            var run = index.startReindex();
            FormErrors.success(getTranslation(run.reason() == ReindexProgress.Reason.ADMIN
                    ? "admin.search.started" : "admin.search.joined"));
        } catch (RuntimeException couldNotQueue) {
            FormErrors.error(getTranslation("admin.search.could-not-start", String.valueOf(couldNotQueue.getMessage())));
        }
        refresh();
    }

    /** Reads the latest run again and shows it; keeps asking while it is not finished. */
    void refresh() {
        Optional<ReindexProgress> latest = index.progress();
        none.setVisible(latest.isEmpty());
        card.setVisible(latest.isPresent());
        boolean pending = latest.map(p -> p.state() == ReindexProgress.State.QUEUED
                || p.state() == ReindexProgress.State.RUNNING).orElse(false);
        latest.ifPresent(this::show);
        rebuild.setEnabled(!pending);
        rebuild.setTooltipText(pending ? getTranslation("admin.search.pending") : null);
        getUI().ifPresent(ui -> ui.setPollInterval(pending ? POLL_MILLIS : -1));
    }

    private void show(ReindexProgress progress) {
        state.removeAll();
        state.add(Chips.badge(getTranslation("admin.search.state." + progress.state().name()),
                switch (progress.state()) {
                    case QUEUED -> "draft";
                    case RUNNING -> "active";
                    case DONE -> "completed";
                    case FAILED -> "disputed";
                }));
        bar.setIndeterminate(progress.state() == ReindexProgress.State.QUEUED);
        bar.setValue(progress.percent());
        counts.setText(getTranslation("admin.search.counts", progress.done(), progress.total(), progress.percent()));
        facts.removeAll();
        fact("admin.search.reason", getTranslation("admin.search.reason." + progress.reason().name()));
        fact("admin.search.requested", Formats.dateTime(progress.requestedAt()));
        fact("admin.search.started-at", progress.startedAt() == null ? "—" : Formats.dateTime(progress.startedAt()));
        fact("admin.search.finished-at", progress.finishedAt() == null ? "—" : Formats.dateTime(progress.finishedAt()));
        String failure = progress.failure();
        fact("admin.search.errors", failure == null ? getTranslation("admin.search.no-errors") : failure);
    }

    private void fact(String label, String value) {
        var term = new DescriptionList.Term(getTranslation(label));
        var description = new DescriptionList.Description(value);
        description.setId("search-fact-" + label.substring("admin.search.".length()));
        facts.add(term, description);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.search") + " · Gigforge";
    }
}
