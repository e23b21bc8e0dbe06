package org.gigforge.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A fixed-price bid split into milestones: they add up to the bid exactly, and every side reads them. */
@GigforgeTest
class ProposalMilestonesTest {

    static final String LETTER = "I have built three booking pages for small guest houses and can deliver yours in two steps.";

    @Autowired ProposalService proposals;
    @Autowired JobService jobs;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired I18NProvider translations;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void milestones_that_add_up_to_the_bid_reach_the_client_the_freelancer_and_admins() {
        JobId job = postJob(JobType.FIXED);
        String freelancer = newFreelancer();
        TestAccounts.signInAs(users, freelancer);
        var due = LocalDate.now().plusWeeks(2);
        var milestones = List.of(new ProposedMilestone("  Design of the booking page ", usd(200), due),
                new ProposedMilestone("Built and live", usd(250), null));

        var sent = proposals.submit(job, draft(usd(450), milestones));

        var expected = List.of(new ProposedMilestone("Design of the booking page", usd(200), due),
                new ProposedMilestone("Built and live", usd(250), null));
        assertThat(sent.milestones()).isEqualTo(expected);
        assertThat(proposals.myProposals(PageRequest.of(0, 5))).singleElement()
                .satisfies(p -> assertThat(p.milestones()).isEqualTo(expected));
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThat(proposals.receivedProposal(sent.id()).milestones()).isEqualTo(expected);
        assertThat(proposals.receivedProposals(job, PageRequest.of(0, 5))).singleElement()
                .satisfies(p -> assertThat(p.milestones()).isEqualTo(expected));
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(proposals.findProposals(null, false, PageRequest.of(0, 100)))
                .filteredOn(p -> p.id().equals(sent.id())).singleElement()
                .satisfies(p -> assertThat(p.milestones()).isEqualTo(expected));
    }

    @Test
    void without_milestones_the_bid_is_one_piece_of_work() {
        JobId job = postJob(JobType.FIXED);
        TestAccounts.signInAs(users, newFreelancer());
        assertThat(proposals.submit(job, draft(usd(450), List.of())).milestones()).isEmpty();
    }

    @Test
    void milestones_that_miss_the_bid_are_refused_with_the_difference() {
        JobId job = postJob(JobType.FIXED);
        TestAccounts.signInAs(users, newFreelancer());

        var refusal = refusal(job, draft(usd(450), List.of(milestone(200), milestone(200))));
        assertThat(refusal.field()).isEqualTo("milestones");
        assertThat(refusal.messageKey()).isEqualTo("proposal.milestones.sum");
        assertThat(translations.getTranslation(refusal.messageKey(), Locale.ENGLISH, refusal.arguments()))
                .isEqualTo("The milestones add up to 400.00 USD: 50.00 USD short of your bid of 450.00 USD.");
        var over = refusal(job, draft(usd(450), List.of(milestone(200), new ProposedMilestone("Launch", Money.of(25_001, "USD"), null))));
        assertThat(translations.getTranslation(over.messageKey(), Locale.GERMAN, over.arguments()))
                .isEqualTo("Die Meilensteine ergeben zusammen 450,01 USD: 0,01 USD mehr als dein Angebot von 450,00 USD.");
        assertThat(proposals.countMyProposals()).isZero();
    }

    @Test
    void each_milestone_is_checked() {
        JobId job = postJob(JobType.FIXED);
        TestAccounts.signInAs(users, newFreelancer());

        assertThat(refusal(job, draft(usd(450), Collections.nCopies(11, milestone(1)))).messageKey())
                .isEqualTo("proposal.milestones.count");
        assertThat(refusal(job, draft(usd(450), List.of(new ProposedMilestone("x".repeat(121), usd(450), null)))).messageKey())
                .isEqualTo("milestone.title.too-long");
        assertThat(refusal(job, draft(usd(450), List.of(new ProposedMilestone(" ", usd(450), null)))).messageKey())
                .isEqualTo("milestone.title.required");
        assertThat(refusal(job, draft(usd(450), List.of(new ProposedMilestone("All", null, null)))).messageKey())
                .isEqualTo("milestone.amount.required");
        assertThat(refusal(job, draft(usd(450), List.of(new ProposedMilestone("All", Money.ofMajor(450, "EUR"), null))))
                .messageKey()).isEqualTo("proposal.milestones.currency");
        assertThat(refusal(job, draft(usd(450), List.of(milestone(450), new ProposedMilestone("Nothing", usd(0), null))))
                .messageKey()).isEqualTo("proposal.milestones.amount");
        var late = refusal(job, draft(usd(450), List.of(new ProposedMilestone("Late", usd(450), LocalDate.now().minusDays(1)))));
        assertThat(late.messageKey()).isEqualTo("milestone.due.past");
        assertThat(late.arguments()).containsExactly("Late");
        assertThat(proposals.countMyProposals()).isZero();
    }

    @Test
    void hourly_jobs_take_no_milestones() {
        JobId job = postJob(JobType.HOURLY);
        TestAccounts.signInAs(users, newFreelancer());
        var refusal = refusal(job, draft(usd(40), List.of(milestone(40))));
        assertThat(refusal.field()).isEqualTo("milestones");
        assertThat(refusal.messageKey()).isEqualTo("proposal.milestones.hourly");
        assertThat(proposals.submit(job, draft(usd(40), List.of())).milestones()).isEmpty();
    }

    private InvalidInputException refusal(JobId job, ProposalDraft draft) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> proposals.submit(job, draft));
        assertThat(thrown).isNotNull();
        return thrown;
    }

    private static ProposalDraft draft(Money bid, List<ProposedMilestone> milestones) {
        return new ProposalDraft(LETTER, bid, List.of(), milestones, List.of());
    }

    private static ProposedMilestone milestone(long major) {
        return new ProposedMilestone("Part worth " + major, usd(major), null);
    }

    private static Money usd(long major) {
        return Money.ofMajor(major, "USD");
    }

    private JobId postJob(JobType type) {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(JobDraft.of("Booking page for our guest house", "A page where guests book one of our six rooms.",
                "web-development", List.of("javascript"), type,
                type == JobType.FIXED ? usd(450) : null, type == JobType.HOURLY ? usd(30) : null,
                type == JobType.HOURLY ? usd(50) : null, ExperienceLevel.INTERMEDIATE, ProjectDuration.ONE_TO_THREE_MONTHS), true);
        TestAccounts.signOut();
        return job.id();
    }

    private String newFreelancer() {
        String email = TestAccounts.uniqueEmail("builder");
        accounts.signUp(new SignUpRequest("Bea Builder", email, "copper kettle mountain", Role.FREELANCER));
        return email;
    }
}
