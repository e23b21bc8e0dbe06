package org.gigforge.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.ContractState;
import org.gigforge.job.JobService;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.UserFacingException;
import org.gigforge.proposal.ProposalService;
import org.gigforge.review.internal.ReviewPublishing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who may review when, the double-blind rule, the publishing job and what the public reads. */
@GigforgeTest
class ReviewServiceTest {

    @Autowired ReviewService reviews;
    @Autowired ContractService contracts;
    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static ReviewDraft draft(int stars, String text, String secret) {
        return new ReviewDraft(stars, stars, stars, stars, text, secret);
    }

    private ReviewFixtures.Deal endedContract() {
        var deal = ReviewFixtures.runningContract(users, accounts, jobs, proposals, contracts);
        TestAccounts.signInAs(users, deal.freelancer());
        contracts.endContract(deal.contract().id(), ContractState.CANCELLED);
        return deal;
    }

    private static String key(Throwable e) {
        return ((UserFacingException) e).messageKey();
    }

    @Test
    void reviews_open_only_once_the_contract_has_ended() {
        var deal = ReviewFixtures.runningContract(users, accounts, jobs, proposals, contracts);
        ContractId id = deal.contract().id();
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> reviews.submit(id, draft(5, "Great", "")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("review.contract-running"));
        assertThat(reviews.forContract(id).canSubmit()).isFalse();
    }

    @Test
    void only_a_party_reviews_once_and_ratings_are_checked() {
        var deal = endedContract();
        ContractId id = deal.contract().id();
        String stranger = TestAccounts.uniqueEmail("stranger");
        accounts.signUp(new SignUpRequest("Sam Stranger", stranger, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, stranger);
        assertThatThrownBy(() -> reviews.submit(id, draft(1, "Bad", ""))).isInstanceOf(UserFacingException.class);

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> reviews.submit(id, new ReviewDraft(0, 3, 6, 3, "", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("overall", "quality"));
        assertThatThrownBy(() -> reviews.submit(id, draft(4, "x".repeat(2_001), "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("publicText"));
        reviews.submit(id, draft(4, "Quick and careful.", ""));
        assertThatThrownBy(() -> reviews.submit(id, draft(5, "Again", "")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("review.already-submitted"));
        assertThat(reviews.forContract(id).canSubmit()).isFalse();
    }

    @Test
    void refused_after_the_window() {
        var deal = endedContract();
        ContractId id = deal.contract().id();
        jdbc.update("update contract set ended_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(15))), id.value());
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> reviews.submit(id, draft(3, "Late", "")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("review.window-closed"));
        assertThat(reviews.forContract(id).canSubmit()).isFalse();
    }

    @Test
    void double_blind_both_reviews_open_together_and_private_feedback_stays_private() {
        var deal = endedContract();
        ContractId id = deal.contract().id();
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var clientReview = reviews.submit(id, draft(5, "Excellent translation.", "CLIENT-SECRET"));
        assertThat(clientReview.published()).isFalse();
        assertThat(reviews.forContract(id).reviews()).singleElement()
                .satisfies(r -> assertThat(r.privateFeedback()).isEqualTo("CLIENT-SECRET"));

        TestAccounts.signInAs(users, deal.freelancer());
        var freelancer = AccountPrincipal.currentUserId();
        var sealed = reviews.forContract(id);
        assertThat(sealed.reviews()).as("the client's review stays hidden").isEmpty();
        assertThat(sealed.canSubmit()).isTrue();
        assertThat(reviews.publishedAbout(freelancer, PageRequest.of(0, 10))).isEmpty();

        var second = reviews.submit(id, draft(4, "Clear brief, paid on time.", "FREELANCER-SECRET"));
        assertThat(second.published()).as("the second review publishes both at once").isTrue();
        var open = reviews.forContract(id);
        assertThat(open.reviews()).hasSize(2).allSatisfy(r -> assertThat(r.published()).isTrue());
        assertThat(open.reviews()).filteredOn(r -> !r.author().equals(freelancer)).singleElement().satisfies(r -> {
            assertThat(r.publicText()).isEqualTo("Excellent translation.");
            assertThat(r.privateFeedback()).as("never shown to the other side").isNull();
        });

        TestAccounts.signOut();
        var published = reviews.publishedAbout(freelancer, PageRequest.of(0, 10));
        assertThat(published).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Excellent translation.");
            assertThat(r.authorName()).isNotBlank();
            assertThat(r.toString()).doesNotContain("SECRET");
        });
        var reputation = reviews.reputation(freelancer);
        assertThat(reputation.count()).isEqualTo(1);
        assertThat(reputation.averageOverall()).isEqualTo(5.0);
        assertThat(reputation.averageTimeliness()).isEqualTo(5.0);
    }

    @Test
    void a_lone_review_is_published_when_the_window_closes_and_counts_in_the_reputation() {
        var first = endedContract();
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        reviews.submit(first.contract().id(), draft(2, "Slow replies.", ""));
        TestAccounts.signInAs(users, first.freelancer());
        var freelancer = AccountPrincipal.currentUserId();
        TestAccounts.signOut();
        assertThat(reviews.reputation(freelancer).count()).isZero();

        // Still within the window: nothing to publish for this contract.
        new ReviewPublishing(reviews, Clock.systemUTC()).run();
        assertThat(reviews.publishedAbout(freelancer, PageRequest.of(0, 10))).isEmpty();

        new ReviewPublishing(reviews, Clock.offset(Clock.systemUTC(), Duration.ofDays(15))).run();
        assertThat(reviews.publishedAbout(freelancer, PageRequest.of(0, 10))).singleElement()
                .satisfies(r -> assertThat(r.overall()).isEqualTo(2));
        var reputation = reviews.reputation(freelancer);
        assertThat(reputation.count()).isEqualTo(1);
        assertThat(reputation.averageOverall()).isEqualTo(2.0);
        TestAccounts.signInAs(users, first.freelancer());
        assertThat(reviews.forContract(first.contract().id()).reviews()).singleElement()
                .satisfies(r -> assertThat(r.privateFeedback()).isNull());
    }
}
