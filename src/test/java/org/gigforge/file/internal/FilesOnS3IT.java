package org.gigforge.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gigforge.ContextSecurityStrategy;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileOwner;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.TestContentAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The application configured for S3 (as in production) against S3Mock: uploads land in the bucket, private
 * files are handed out as short-lived signed addresses, public images are streamed from the bucket.
 */
@SpringBootTest(properties = {
    "gigforge.database.embedded-port=0",
    "gigforge.database.embedded-persistent=false",
    "gigforge.demo-data.enabled=true",
    "jobrunr.background-job-server.enabled=false",
    "gigforge.files.store=s3",
    "gigforge.files.s3.bucket=" + S3MockProcess.BUCKET,
    "gigforge.files.s3.region=us-east-1",
    "gigforge.files.s3.access-key=test-access-key",
    "gigforge.files.s3.secret-key=test-secret-key",
    "gigforge.files.s3.path-style=true",
    "gigforge.files.s3.presign-ttl=2m"
})
@ExtendWith(ContextSecurityStrategy.class)
class FilesOnS3IT {

    private static S3MockProcess s3;

    @DynamicPropertySource
    static void s3Endpoint(DynamicPropertyRegistry registry) {
        s3 = S3MockProcess.start();
        registry.add("gigforge.files.s3.endpoint", () -> s3.endpoint().toString());
    }

    @AfterAll
    static void stop() {
        if (s3 != null) {
            s3.close();
        }
    }

    @Autowired FileService files;
    @Autowired BlobStore blobs;
    @Autowired UserDetailsService users;
    @Autowired WebApplicationContext context;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private MockMvc browser() {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void private_files_are_handed_out_as_short_lived_signed_addresses_of_the_bucket() throws Exception {
        assertThat(blobs).isInstanceOf(S3BlobStore.class);
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        StoredFile cv = files.upload(FileKind.DOCUMENT, "cv.pdf", new ByteArrayInputStream(TestContentAccess.pdf()));
        String direct = files.downloadUrl(cv.id());
        assertThat(direct).startsWith(s3.endpoint() + "/" + S3MockProcess.BUCKET + "/private/" + cv.id() + "?")
                .contains("X-Amz-Expires=120");
        TestAccounts.signOut();

        var redirect = browser().perform(get("/" + cv.url())
                        .with(user((AccountPrincipal) users.loadUserByUsername(TestAccounts.FREELANCER))))
                .andExpect(status().isFound())
                .andExpect(header().string("Cache-Control", "no-store, private"))
                .andReturn().getResponse().getHeader("Location");
        assertThat(redirect).startsWith(s3.endpoint() + "/" + S3MockProcess.BUCKET + "/private/" + cv.id() + "?");

        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(redirect)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(TestContentAccess.pdf());
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).startsWith("attachment; filename=\"cv.pdf\""));

        browser().perform(get("/" + cv.url()).with(user((AccountPrincipal) users.loadUserByUsername(TestAccounts.CLIENT))))
                .andExpect(status().isNotFound());
        browser().perform(get("/" + cv.url())).andExpect(status().isNotFound());
    }

    @Test
    void public_images_are_streamed_from_the_bucket_and_deleted_with_their_owner() throws Exception {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        StoredFile image = files.upload(FileKind.IMAGE, "work.png", new ByteArrayInputStream(TestContentAccess.png(80, 40)));
        var owner = new FileOwner("portfolio", "s3-" + System.nanoTime());
        files.attach(image.id(), owner);
        String key = "public/" + image.url().substring("media/".length());
        assertThat(blobs.exists(key)).isTrue();

        browser().perform(get("/" + image.url()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));

        TestAccounts.signInAs(users, TestAccounts.FREELANCER); // the request above ended the test's sign-in
        files.deleteOwnedBy(owner);
        assertThat(blobs.exists(key)).isFalse();
        assertThat(blobs.exists("public/" + image.thumbnailUrl().substring("media/".length()))).isFalse();
    }
}
