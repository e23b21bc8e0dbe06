package org.gigforge.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.gigforge.file.FileId;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.TestContentAccess;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.proposal.ProposalDraft;
import org.gigforge.proposal.ProposalService;
import org.gigforge.proposal.ReceivedProposal;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Locations, screening questions, invite-only jobs, edits with history, and the client's track record. */
@GigforgeTest
class JobDetailsTest {

    private static final String LETTER = "I have restored three similar menu boards for cafés in Porto and can start on Monday.";

    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired FileService files;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void location_rules_are_checked_per_field() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> jobs.post(draft(JobLocation.countries(List.of()), List.of(), JobVisibility.PUBLIC), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("job.location.countries.count"));
        assertThatThrownBy(() -> jobs.post(draft(JobLocation.countries(List.of("DE", "ZZ")), List.of(), JobVisibility.PUBLIC),
                false)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("job.location.countries.unknown"));
        assertThatThrownBy(() -> jobs.post(draft(JobLocation.onSite("Atlantis", "XX", 900), List.of(), JobVisibility.PUBLIC),
                false)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("location", "radiusKm"));

        var onSite = jobs.post(draft(JobLocation.onSite("Berlin", "DE", 30), List.of(), JobVisibility.PUBLIC), false);
        assertThat(onSite.location()).isEqualTo(JobLocation.onSite("Berlin", "DE", 30));
        var remote = jobs.post(draft(JobLocation.countries(List.of("PT", "ES")), List.of(), JobVisibility.PUBLIC), false);
        assertThat(remote.location().countryCodes()).containsExactly("ES", "PT");
    }

    @Test
    void at_most_five_non_empty_questions() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> jobs.post(draft(JobLocation.anywhere(), List.of("1?", "2?", "3?", "4?", "5?", "6?"),
                JobVisibility.PUBLIC), false)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("job.questions.count"));
        assertThatThrownBy(() -> jobs.post(draft(JobLocation.anywhere(), List.of("Fine?", " ", "x".repeat(301)),
                JobVisibility.PUBLIC), false)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactlyInAnyOrder("job.questions.blank", "job.questions.too-long"));
    }

    @Test
    void proposals_answer_every_screening_question() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(draft(JobLocation.anywhere(), List.of("Which similar boards have you made?", "When can you start?"),
                JobVisibility.PUBLIC), true);
        var freelancer = newFreelancer("answers");
        TestAccounts.signInAs(users, freelancer);
        assertThatThrownBy(() -> proposals.submit(job.id(), new ProposalDraft(LETTER, Money.ofMajor(400, "USD"),
                List.of("Two in Porto")))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("proposal.answers.count"));
        proposals.submit(job.id(), new ProposalDraft(LETTER, Money.ofMajor(400, "USD"), List.of("Two in Porto", "Monday")));

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThat(proposals.receivedProposals(job.id(), PageRequest.of(0, 10))).singleElement()
                .satisfies(p -> assertThat(p.answers()).containsExactly("Two in Porto", "Monday"));
    }

    @Test
    void invite_only_jobs_are_seen_only_by_their_client_admins_and_invited_freelancers() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(draft(JobLocation.anywhere(), List.of(), JobVisibility.INVITE_ONLY), true);
        assertThat(jobs.openJob(job.id())).isPresent();
        String invited = newFreelancer("invited");
        String other = newFreelancer("other");

        TestAccounts.signOut();
        assertThat(jobs.openJob(job.id())).isEmpty();
        assertThat(jobs.openJobs(null, PageRequest.of(0, 100))).extracting(JobSummary::id).doesNotContain(job.id());
        assertThat(jobs.similarOpenJobs(job, 20)).extracting(JobSummary::id).doesNotContain(job.id());

        TestAccounts.signInAs(users, other);
        assertThat(jobs.openJob(job.id())).isEmpty();
        assertThatThrownBy(() -> proposals.submit(job.id(), new ProposalDraft(LETTER, Money.ofMajor(400, "USD"))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("proposal.job.not-open");

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        jobs.invite(job.id(), idOf(invited), "Your portfolio has exactly the style we like.");
        assertThatThrownBy(() -> jobs.invite(job.id(), idOf(invited), "Again"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("job.invite.already");

        TestAccounts.signInAs(users, invited);
        assertThat(jobs.openJob(job.id())).isPresent();
        assertThat(jobs.myInvitations(PageRequest.of(0, 10))).singleElement()
                .satisfies(i -> assertThat(i.job().id()).isEqualTo(job.id()));
        proposals.submit(job.id(), new ProposalDraft(LETTER, Money.ofMajor(400, "USD")));

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(jobs.openJob(job.id())).isPresent();
    }

    @Test
    void only_the_owner_invites_and_only_freelancers_are_invited() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(draft(JobLocation.anywhere(), List.of(), JobVisibility.PUBLIC), true);
        assertThatThrownBy(() -> jobs.invite(job.id(), idOf(TestAccounts.ADMIN), "Hello"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("job.invite.not-freelancer");
        String otherClient = TestAccounts.uniqueEmail("other.client");
        accounts.signUp(new SignUpRequest("Other Client", otherClient, "copper kettle mountain", Role.CLIENT));
        String freelancer = newFreelancer("target");
        TestAccounts.signInAs(users, otherClient);
        assertThatThrownBy(() -> jobs.invite(job.id(), idOf(freelancer), "Hello"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("job.not-found");
        TestAccounts.signInAs(users, freelancer);
        assertThatThrownBy(() -> jobs.invite(job.id(), idOf(freelancer), "Hello"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void editing_an_open_job_keeps_what_earlier_proposals_answered() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(draft(JobLocation.anywhere(), List.of("When can you start?"), JobVisibility.PUBLIC), true);
        assertThat(job.revision()).isEqualTo(1);
        String freelancer = newFreelancer("early");
        TestAccounts.signInAs(users, freelancer);
        proposals.submit(job.id(), new ProposalDraft(LETTER, Money.ofMajor(400, "USD"), List.of("Monday")));

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var changed = new JobDraft("Restore two menu boards and a sign", job.description(), job.categoryCode(), job.skills(),
                JobType.FIXED, Money.ofMajor(650, "EUR"), null, null, job.experienceLevel(), job.duration(),
                JobLocation.onSite("Porto", "PT", 20), List.of("When can you start?", "Do you own a van?"),
                JobVisibility.PUBLIC, List.of());
        var edited = jobs.edit(job.id(), changed);
        assertThat(edited.revision()).isEqualTo(2);
        assertThat(edited.budget()).isEqualTo(Money.ofMajor(650, "EUR"));
        assertThat(jobs.edit(job.id(), changed).revision()).as("saving without changes adds no revision").isEqualTo(2);

        assertThat(jobs.revisions(job.id())).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.content()).isEqualTo(job.content());
        });
        assertThat(proposals.receivedProposals(job.id(), PageRequest.of(0, 10))).singleElement()
                .extracting(ReceivedProposal::jobRevision).isEqualTo(1);

        TestAccounts.signInAs(users, freelancer);
        assertThatThrownBy(() -> jobs.revisions(job.id())).isInstanceOf(UserFacingException.class);
    }

    @Test
    void only_the_owner_edits_and_closed_jobs_stay_as_they_were() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(draft(JobLocation.anywhere(), List.of(), JobVisibility.PUBLIC), true);
        String otherClient = TestAccounts.uniqueEmail("editor");
        accounts.signUp(new SignUpRequest("Eve Editor", otherClient, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, otherClient);
        assertThatThrownBy(() -> jobs.edit(job.id(), job.content()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("job.not-found");
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        assertThatThrownBy(() -> jobs.edit(job.id(), job.content())).isInstanceOf(AuthorizationDeniedException.class);

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        jobs.close(job.id(), CloseReason.CANCELLED);
        var attempt = new JobDraft("Changed after closing", job.description(), job.categoryCode(), job.skills(), job.type(),
                job.budget(), null, null, job.experienceLevel(), job.duration(), job.location(), List.of(), job.visibility(),
                List.of());
        assertThatThrownBy(() -> jobs.edit(job.id(), attempt))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("job.edit.closed");
        assertThat(jobs.myJob(job.id()).orElseThrow().title()).isEqualTo(job.title());
    }

    @Test
    void the_clients_track_record_comes_from_their_jobs() {
        String email = TestAccounts.uniqueEmail("history.client");
        accounts.signUp(new SignUpRequest("Hana History", email, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, email);
        UserId me = idOf(email);
        assertThat(jobs.clientHistory(me)).satisfies(h -> {
            assertThat(h.jobsPosted()).isZero();
            assertThat(h.hires()).isZero();
        });
        jobs.post(draft(JobLocation.anywhere(), List.of(), JobVisibility.PUBLIC), true);
        var second = jobs.post(draft(JobLocation.anywhere(), List.of(), JobVisibility.PUBLIC), true);
        jobs.post(draft(JobLocation.anywhere(), List.of(), JobVisibility.PUBLIC), false);
        jobs.close(second.id(), CloseReason.CANCELLED);
        TestAccounts.signOut();
        assertThat(jobs.clientHistory(me)).satisfies(h -> {
            assertThat(h.jobsPosted()).isEqualTo(2);
            assertThat(h.openJobs()).isEqualTo(1);
        });
    }

    @Test
    void attachments_are_for_signed_in_members_who_may_see_the_job() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var brief = files.upload(FileKind.DOCUMENT, "brief.pdf", new ByteArrayInputStream(TestContentAccess.pdf()));
        var picture = files.upload(FileKind.IMAGE, "mock.png", new ByteArrayInputStream(TestContentAccess.png(300, 200)));
        var base = draft(JobLocation.anywhere(), List.of(), JobVisibility.PUBLIC);
        assertThatThrownBy(() -> jobs.post(withAttachments(base, List.of(picture.id())), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("job.attachments.kind"));
        var job = jobs.post(withAttachments(base, List.of(brief.id())), true);
        assertThat(jobs.attachments(job.id())).extracting(StoredFile::name).containsExactly("brief.pdf");

        TestAccounts.signOut();
        assertThat(files.find(brief.id())).as("never for anonymous visitors").isEmpty();
        assertThatThrownBy(() -> jobs.attachments(job.id())).isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        assertThat(jobs.attachments(job.id())).hasSize(1);

        // Invite-only: the attachment follows the job's visibility.
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var secret = files.upload(FileKind.DOCUMENT, "secret.pdf", new ByteArrayInputStream(TestContentAccess.pdf()));
        var hidden = jobs.post(withAttachments(draft(JobLocation.anywhere(), List.of(), JobVisibility.INVITE_ONLY),
                List.of(secret.id())), true);
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        assertThat(files.find(secret.id())).isEmpty();
        assertThat(jobs.attachments(hidden.id())).isEmpty();

        // Taking an attachment off the job deletes it.
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        jobs.edit(job.id(), withAttachments(job.content(), List.of()));
        assertThat(files.find(brief.id())).isEmpty();
        assertThat(jobs.attachments(job.id())).isEmpty();
    }

    private static JobDraft withAttachments(JobDraft d, List<FileId> attachments) {
        return new JobDraft(d.title(), d.description(), d.categoryCode(), d.skills(), d.type(), d.budget(), d.rateMin(),
                d.rateMax(), d.experienceLevel(), d.duration(), d.location(), d.questions(), d.visibility(), attachments);
    }

    private String newFreelancer(String prefix) {
        String email = TestAccounts.uniqueEmail(prefix);
        accounts.signUp(new SignUpRequest("Fay " + prefix, email, "copper kettle mountain", Role.FREELANCER));
        return email;
    }

    private UserId idOf(String email) {
        return ((org.gigforge.account.AccountPrincipal) users.loadUserByUsername(email)).userId();
    }

    private static JobDraft draft(JobLocation location, List<String> questions, JobVisibility visibility) {
        return new JobDraft("Restore the menu board of our café", "Two boards, chalk paint, by the end of the month.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, Money.ofMajor(400, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_MONTH, location, questions, visibility, List.of());
    }
}
