package org.gigforge.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.TestFilesConfiguration;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.file.internal.BlobStore;
import org.gigforge.platform.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Who may attach and read which file, through the service and through the addresses browsers use. */
@GigforgeTest
class FileAccessTest {

    @Autowired FileService files;
    @Autowired BlobStore blobs;
    @Autowired UserDetailsService users;
    @Autowired WebApplicationContext context;

    private MockMvc browser;

    @BeforeEach
    void setUp() {
        browser = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private StoredFile uploadAs(String email, FileKind kind, String name, byte[] content) {
        TestAccounts.signInAs(users, email);
        return files.upload(kind, name, new ByteArrayInputStream(content));
    }

    private RequestPostProcessor as(String email) {
        return user((AccountPrincipal) users.loadUserByUsername(email));
    }

    private AccountPrincipal principal(String email) {
        return (AccountPrincipal) users.loadUserByUsername(email);
    }

    @Test
    void only_the_uploader_may_attach_a_file_and_only_to_one_owner() {
        StoredFile file = uploadAs(TestAccounts.FREELANCER, FileKind.DOCUMENT, "cv.pdf", TestContent.pdf());
        var owner = new FileOwner("resume", principal(TestAccounts.FREELANCER).userId().toString());

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> files.attach(file.id(), owner)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("file.not-found"));

        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        files.attach(file.id(), owner);
        files.attach(file.id(), owner); // again: nothing changes
        assertThat(files.filesOf(owner)).extracting(StoredFile::id).containsExactly(file.id());
        assertThatThrownBy(() -> files.attach(file.id(), new FileOwner("job-attachment", "1")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.already-attached"));
    }

    @Test
    void a_private_file_is_served_to_its_uploader_and_admins_as_a_download_that_is_never_cached() throws Exception {
        StoredFile file = uploadAs(TestAccounts.FREELANCER, FileKind.DOCUMENT, "Lebenslauf Müller.pdf", TestContent.pdf());

        for (String reader : new String[] {TestAccounts.FREELANCER, TestAccounts.ADMIN}) {
            browser.perform(get("/" + file.url()).with(as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("Content-Disposition",
                            "attachment; filename=\"Lebenslauf Muller.pdf\"; "
                                    + "filename*=UTF-8''Lebenslauf%20M%C3%BCller.pdf"))
                    .andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().stringValues("Content-Security-Policy", "default-src 'none'; sandbox"))
                    .andExpect(header().string("Cache-Control", "no-store, private"))
                    .andExpect(header().string("Content-Length", String.valueOf(TestContent.pdf().length)))
                    .andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(TestContent.pdf()));
        }
    }

    @Test
    void anyone_else_gets_the_same_not_found_as_for_a_file_that_does_not_exist() throws Exception {
        StoredFile file = uploadAs(TestAccounts.FREELANCER, FileKind.DOCUMENT, "cv.pdf", TestContent.pdf());

        browser.perform(get("/" + file.url()).with(as(TestAccounts.CLIENT))).andExpect(status().isNotFound());
        browser.perform(get("/" + file.url())).andExpect(status().isNotFound());
        browser.perform(get("/files/00000000-0000-0000-0000-000000000000").with(as(TestAccounts.CLIENT)))
                .andExpect(status().isNotFound());
        browser.perform(get("/files/not-an-id")).andExpect(status().isNotFound());

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThat(files.find(file.id())).isEmpty();
        assertThatThrownBy(() -> files.downloadUrl(file.id())).isInstanceOf(UserFacingException.class);
        TestAccounts.signOut();
        assertThat(files.find(file.id())).isEmpty();
    }

    @Test
    void the_owners_read_policy_decides_for_everyone_else() throws Exception {
        var client = principal(TestAccounts.CLIENT);
        StoredFile forClient = uploadAs(TestAccounts.FREELANCER, FileKind.DOCUMENT, "brief.txt", TestContent.text());
        files.attach(forClient.id(), new FileOwner(TestFilesConfiguration.SHARED_OWNER_TYPE, client.userId().toString()));
        StoredFile forEveryone = files.upload(FileKind.DOCUMENT, "flyer.pdf", new ByteArrayInputStream(TestContent.pdf()));
        files.attach(forEveryone.id(), new FileOwner(TestFilesConfiguration.SHARED_OWNER_TYPE, "everyone"));

        browser.perform(get("/" + forClient.url()).with(as(TestAccounts.CLIENT))).andExpect(status().isOk());
        browser.perform(get("/" + forClient.url())).andExpect(status().isNotFound());
        browser.perform(get("/" + forEveryone.url())).andExpect(status().isOk());

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThat(files.find(forClient.id())).isPresent();
        assertThat(files.downloadUrl(forClient.id())).isEqualTo("files/" + forClient.id());
        assertThat(files.filesOf(new FileOwner(TestFilesConfiguration.SHARED_OWNER_TYPE, client.userId().toString())))
                .extracting(StoredFile::name).containsExactly("brief.txt");
    }

    @Test
    void public_images_are_served_to_anyone_with_a_year_of_caching_and_an_etag() throws Exception {
        StoredFile image = uploadAs(TestAccounts.FREELANCER, FileKind.IMAGE, "work.png", TestContent.png(64, 32));
        String hash = image.url().substring("media/".length(), image.url().lastIndexOf('.'));

        browser.perform(get("/" + image.url()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
                .andExpect(header().string("ETag", "\"" + hash + "\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        browser.perform(get("/" + image.url()).header("If-None-Match", "\"" + hash + "\""))
                .andExpect(status().isNotModified());
        browser.perform(get("/" + image.thumbnailUrl())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"));
        browser.perform(get("/media/" + "0".repeat(64) + ".jpg")).andExpect(status().isNotFound());
        // The file's own address leads to the same picture.
        browser.perform(get("/files/" + image.id())).andExpect(status().isFound())
                .andExpect(header().string("Location", "/" + image.url()));
    }

    @Test
    void deleting_an_owners_files_removes_their_blobs_but_not_a_picture_another_file_still_uses() {
        byte[] picture = TestContent.png(50, 50);
        StoredFile kept = uploadAs(TestAccounts.FREELANCER, FileKind.IMAGE, "same.png", picture);
        StoredFile doomed = files.upload(FileKind.IMAGE, "same-again.png", new ByteArrayInputStream(picture));
        StoredFile document = files.upload(FileKind.DOCUMENT, "cv.txt", new ByteArrayInputStream(TestContent.text()));
        var owner = new FileOwner("portfolio", "delete-test-" + System.nanoTime());
        files.attach(doomed.id(), owner);
        files.attach(document.id(), owner);

        files.deleteOwnedBy(owner);

        assertThat(files.filesOf(owner)).isEmpty();
        assertThat(files.find(doomed.id())).isEmpty();
        assertThat(files.find(document.id())).isEmpty();
        assertThat(blobs.exists("private/" + document.id())).isFalse();
        assertThat(files.find(kept.id())).isPresent();
        assertThat(blobs.exists("public/" + kept.url().substring("media/".length()))).isTrue();
    }

    @Test
    void only_the_uploader_or_an_admin_may_delete_a_file() {
        StoredFile file = uploadAs(TestAccounts.FREELANCER, FileKind.DOCUMENT, "a.txt", TestContent.text());
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> files.delete(file.id())).isInstanceOf(UserFacingException.class);
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        files.delete(file.id());
        assertThat(files.find(file.id())).isEmpty();
        assertThat(blobs.exists("private/" + file.id())).isFalse();
    }
}
