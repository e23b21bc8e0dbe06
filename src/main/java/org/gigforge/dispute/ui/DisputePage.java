package org.gigforge.dispute.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import org.gigforge.dispute.Dispute;
import org.gigforge.dispute.DisputeId;
import org.gigforge.dispute.DisputeService;
import org.gigforge.platform.UserFacingException;

/**
 * A page about one dispute, at an address naming it ({@code :disputeId}): the parties' page and the admins' share
 * how the dispute is found (the service decides who may see it; anyone else gets "not found"), the title, and
 * being shown again after each step.
 */
abstract class DisputePage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final transient DisputeService disputes;
    protected final Div body = new Div();
    private String title = "";

    DisputePage(DisputeService disputes, String id) {
        this.disputes = disputes;
        addClassName("gf-page");
        setId(id);
        body.setWidthFull();
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = event.getRouteParameters().getLong("disputeId").map(DisputeId::new)
                    .orElseThrow(() -> new UserFacingException("dispute.not-found"));
            show(disputes.dispute(id));
        } catch (UserFacingException notFound) {
            event.rerouteToError(NotFoundException.class, getTranslation("dispute.not-found"));
        }
    }

    /** Shows the dispute as it is now, after arriving or after a step taken on the page. */
    protected final void show(Dispute dispute) {
        body.removeAll();
        title = getTranslation("dispute.title", dispute.workTitle());
        fill(dispute);
    }

    /** Adds the page's content for the dispute to {@link #body}. */
    protected abstract void fill(Dispute dispute);

    protected String title() {
        return title;
    }

    @Override
    public String getPageTitle() {
        return title + " · Gigforge";
    }
}
