package org.gigforge.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gigforge.account.AccountEmails;
import org.gigforge.platform.UserFacingException;

/** The page behind a verification mail's link: confirms the address, signed in or not. */
@Route("verify-email")
@AnonymousAllowed
public class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AccountEmails emails;
    private final Paragraph status = new Paragraph();

    VerifyEmailView(AccountEmails emails) {
        this.emails = emails;
        addClassNames("gf-page", "gf-auth-page");
        setAlignItems(Alignment.CENTER);
        status.setId("verify-status");
        add(new H1(getTranslation("verify.heading")), status, new Anchor("", getTranslation("verify.home")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        try {
            emails.verifyEmail(token);
            status.setText(getTranslation("verify.done"));
        } catch (UserFacingException refused) {
            status.setText(getTranslation(refused.messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.heading") + " · Gigforge";
    }
}
