package org.gigforge.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.file.FileId;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.internal.FileCleanup;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A proposal's files: for its freelancer, the job's client and admins only; they stay when it is withdrawn. */
@GigforgeTest
class ProposalAttachmentsTest {

    static final String LETTER = "Attached are two labels I made for a bakery last spring, and my plan for yours.";

    @Autowired ProposalService proposals;
    @Autowired JobService jobs;
    @Autowired FileService files;
    @Autowired FileCleanup cleanup;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate database;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_freelancer_the_jobs_client_and_admins_read_the_attachments_and_nobody_else() {
        JobId job = postJob();
        String freelancer = newMember(Role.FREELANCER);
        TestAccounts.signInAs(users, freelancer);
        StoredFile plan = upload(FileKind.ATTACHMENT, "plan.txt", "Week one: sketches. Week two: print files.".getBytes(StandardCharsets.UTF_8));
        StoredFile sample = upload(FileKind.ATTACHMENT, "label.png", png());
        var sent = proposals.submit(job, draft(List.of(plan.id(), sample.id())));

        assertThat(proposals.attachments(sent.id())).extracting(StoredFile::name).containsExactly("plan.txt", "label.png");
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThat(proposals.attachments(sent.id())).extracting(StoredFile::id).containsExactly(plan.id(), sample.id());
        assertThat(files.find(sample.id())).isPresent();
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(proposals.attachments(sent.id())).hasSize(2);

        for (String stranger : List.of(newMember(Role.FREELANCER), newMember(Role.CLIENT))) {
            TestAccounts.signInAs(users, stranger);
            assertThat(proposals.attachments(sent.id())).as(stranger).isEmpty();
            assertThat(files.find(plan.id())).as(stranger).isEmpty();
            assertThat(files.find(sample.id())).as(stranger).isEmpty();
        }
        TestAccounts.signOut();
        assertThat(files.find(plan.id())).isEmpty();
        assertThatThrownBy(() -> proposals.attachments(sent.id()))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);

        // Withdrawing keeps the files for both sides to read.
        TestAccounts.signInAs(users, freelancer);
        proposals.withdraw(sent.id());
        assertThat(proposals.attachments(sent.id())).hasSize(2);
    }

    @Test
    void only_the_freelancers_own_private_uploads_and_at_most_five() {
        JobId job = postJob();
        String other = newMember(Role.FREELANCER);
        TestAccounts.signInAs(users, other);
        StoredFile theirs = upload(FileKind.ATTACHMENT, "theirs.txt", "Someone else's notes.".getBytes(StandardCharsets.UTF_8));

        TestAccounts.signInAs(users, newMember(Role.FREELANCER));
        assertThatThrownBy(() -> proposals.submit(job, draft(List.of(theirs.id()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("attachments");
                    assertThat(e.messageKey()).isEqualTo("file.not-found");
                });
        StoredFile publicPicture = upload(FileKind.IMAGE, "public.png", png());
        assertThatThrownBy(() -> proposals.submit(job, draft(List.of(publicPicture.id()))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.attachments.kind"));
        var six = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> upload(FileKind.ATTACHMENT, "note-" + i + ".txt", ("Note " + i).getBytes(StandardCharsets.UTF_8)).id())
                .toList();
        assertThatThrownBy(() -> proposals.submit(job, draft(six)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.attachments.count"));
        assertThat(proposals.countMyProposals()).isZero();
        // Nothing was attached by the refused attempts: the uploads can still go with a proposal.
        assertThat(proposals.submit(job, draft(six.subList(0, 5))).id()).isNotNull();
    }

    @Test
    void when_a_proposal_is_deleted_its_files_go_too() {
        JobId job = postJob();
        TestAccounts.signInAs(users, newMember(Role.FREELANCER));
        StoredFile plan = upload(FileKind.ATTACHMENT, "plan.txt", "The plan.".getBytes(StandardCharsets.UTF_8));
        var sent = proposals.submit(job, draft(List.of(plan.id())));

        // However a proposal goes (its job or its freelancer deleted by cascade), the database lets go of its files.
        database.update("delete from proposal where id = ?", sent.id().value());
        assertThat(database.queryForObject("select owner_type is null and detached_at is not null from file_object where id = ?",
                Boolean.class, plan.id().value())).isTrue();
        cleanup.deleteUnused();
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(files.find(plan.id())).isEmpty();
    }

    private StoredFile upload(FileKind kind, String name, byte[] content) {
        return files.upload(kind, name, new ByteArrayInputStream(content));
    }

    private static ProposalDraft draft(List<FileId> attachments) {
        return new ProposalDraft(LETTER, Money.ofMajor(300, "USD"), List.of(), List.of(), attachments);
    }

    private static byte[] png() {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private JobId postJob() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(JobDraft.of("Labels for our jam jars", "Three flavours, one look, print-ready files.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, Money.ofMajor(300, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_MONTH), true);
        TestAccounts.signOut();
        return job.id();
    }

    private String newMember(Role role) {
        String email = TestAccounts.uniqueEmail("member");
        accounts.signUp(new SignUpRequest("Mo Member", email, "copper kettle mountain", role));
        return email;
    }
}
