package org.gigforge.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.popover.Popover;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.Role;
import org.gigforge.job.ui.ClientJobsView;
import org.gigforge.messaging.MessagingFixtures;
import org.gigforge.platform.Money;
import org.gigforge.proposal.ProposalDraft;
import org.gigforge.proposal.ProposalService;
import org.gigforge.proposal.ui.JobProposalsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The bell: its count, updated live when a proposal arrives; the list; opening one; marking all read. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class NotificationBellTest extends SpringBrowserlessTest {

    @Autowired ProposalService proposals;
    @Autowired ApplicationContext context;

    private MessagingFixtures fixtures;
    private MessagingFixtures.Cast cast;

    @BeforeEach
    void cast() {
        fixtures = new MessagingFixtures(context);
        cast = fixtures.cast();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_count_updates_live_and_opening_a_notification_reads_it() {
        fixtures.signInAs(cast.client());
        UI.getCurrent().getPage().reload();
        navigate(ClientJobsView.class);
        NotificationBell bell = find(NotificationBell.class).single();
        assertThat(bell.shownCount()).isEqualTo(1);
        assertThat(find(Button.class).withId("notification-bell-button").single().getAriaLabel())
                .hasValue("Notifications, 1 unread");

        // A proposal arrives while the client looks at another page: the bell counts it without a reload.
        String second = fixtures.member("Greta Second", Role.FREELANCER);
        fixtures.signInAs(second);
        proposals.submit(cast.job(), new ProposalDraft(
                "I draw covers for a small publisher and would love to do this one in watercolour.", Money.ofMajor(390, "USD")));
        fixtures.signInAs(cast.client());
        awaitUi(() -> bell.shownCount() == 2);

        find(Popover.class).single().open();
        var items = find(Div.class).withClassName("gf-bell-item").all();
        assertThat(items).hasSize(2);
        assertThat(items.getFirst().getElement().getTextRecursively())
                .startsWith("Greta Second sent a proposal for “Illustrate a children's book cover”.");
        test(items.getFirst()).click();
        assertThat(getCurrentView()).isInstanceOf(JobProposalsView.class);
        assertThat(bell.shownCount()).isEqualTo(1);

        find(Popover.class).single().open();
        test(find(Button.class).withId("notification-mark-all").single()).click();
        assertThat(bell.shownCount()).isZero();
        assertThat(find(Div.class).withClassName("gf-bell-item--unread").exists()).isFalse();
    }

    private void awaitUi(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            // Runs the tasks queued with ui.access, as a browser request would.
            com.vaadin.browserless.internal.MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The bell did not update in time");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
