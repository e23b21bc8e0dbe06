package org.gigforge.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gigforge.mail.Unsubscribes;
import org.gigforge.platform.UserFacingException;

/**
 * The page behind a mail's "unsubscribe" link. Opening it changes nothing (link scanners open links too); the
 * button does, without signing in.
 */
@Route("unsubscribe")
@AnonymousAllowed
public class UnsubscribeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Unsubscribes unsubscribes;
    private final Paragraph status = new Paragraph();
    private final Button confirm = new Button();
    private String token = "";

    UnsubscribeView(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
        addClassNames("gf-page", "gf-auth-page");
        setAlignItems(Alignment.CENTER);
        status.setId("unsubscribe-status");
        confirm.setText(getTranslation("unsubscribe.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("unsubscribe-confirm");
        confirm.addClickListener(click -> {
            try {
                var type = unsubscribes.unsubscribe(token);
                status.setText(getTranslation("unsubscribe.done", getTranslation("notification.type." + type.name())));
                confirm.setVisible(false);
            } catch (UserFacingException refused) {
                invalid();
            }
        });
        add(new H1(getTranslation("unsubscribe.heading")), status, confirm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        unsubscribes.typeOf(token).ifPresentOrElse(
                type -> status.setText(getTranslation("unsubscribe.ask", getTranslation("notification.type." + type.name()))),
                this::invalid);
    }

    private void invalid() {
        status.setText(getTranslation("mail.unsubscribe.invalid"));
        confirm.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unsubscribe.heading") + " · Gigforge";
    }
}
