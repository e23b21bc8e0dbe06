package org.gigforge.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.mail.internal.UnsubscribeTokens;
import org.gigforge.notification.Channel;
import org.gigforge.notification.NotificationPreferences;
import org.gigforge.notification.NotificationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The footer's unsubscribe page: opening it changes nothing, the button turns the mail off, without signing in. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class UnsubscribeViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired UnsubscribeTokens tokens;
    @Autowired NotificationPreferences preferences;

    @Test
    void the_page_asks_first_then_unsubscribes_signed_out() {
        TestAccounts.signOut();
        var member = accounts.signUp(new SignUpRequest("Uma Page", TestAccounts.uniqueEmail("unsub-page"),
                "quiet harbour lanterns", Role.CLIENT), Locale.ENGLISH);
        UI.getCurrent().navigate(UnsubscribeView.class, QueryParameters.of("token", tokens.issue(member.id(), NotificationType.REVIEW_PUBLISHED)));

        assertThat(find(Paragraph.class).id("unsubscribe-status").getText()).startsWith("Stop emails about “Reviews”?");
        assertThat(preferences.enabled(member.id(), NotificationType.REVIEW_PUBLISHED, Channel.EMAIL)).isTrue();

        test(find(Button.class).id("unsubscribe-confirm")).click();
        assertThat(find(Paragraph.class).id("unsubscribe-status").getText())
                .isEqualTo("Done: you get no more emails about “Reviews”.");
        assertThat(preferences.enabled(member.id(), NotificationType.REVIEW_PUBLISHED, Channel.EMAIL)).isFalse();
    }

    @Test
    void a_forged_token_is_refused() {
        UI.getCurrent().navigate(UnsubscribeView.class, QueryParameters.of("token", "1.MESSAGE.not-a-signature"));
        assertThat(find(Paragraph.class).id("unsubscribe-status").getText()).isEqualTo("This unsubscribe link is not valid.");
        assertThat(find(Button.class).withId("unsubscribe-confirm").exists()).isFalse();
    }
}
