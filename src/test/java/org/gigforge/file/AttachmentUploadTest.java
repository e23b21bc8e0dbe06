package org.gigforge.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.file.internal.BlobStore;
import org.gigforge.platform.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Attachments take documents and pictures; pictures are re-encoded yet stay as private as documents. */
@GigforgeTest
class AttachmentUploadTest {

    @Autowired FileService files;
    @Autowired BlobStore blobs;
    @Autowired UserDetailsService users;
    @Autowired WebApplicationContext context;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private StoredFile upload(String name, byte[] content) {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        return files.upload(FileKind.ATTACHMENT, name, new ByteArrayInputStream(content));
    }

    @Test
    void a_picture_is_re_encoded_and_kept_private() throws Exception {
        StoredFile picture = upload("mock-up.jpeg", TestContent.jpegWithHiddenData(300, 120, 1));

        assertThat(picture.kind()).isEqualTo(FileKind.ATTACHMENT);
        assertThat(picture.url()).isEqualTo("files/" + picture.id());
        assertThat(picture.thumbnailUrl()).isNull();
        assertThat(picture.name()).isEqualTo("mock-up.jpg");
        assertThat(picture.contentType()).isEqualTo("image/jpeg");
        assertThat(picture.width()).isEqualTo(300);
        assertThat(picture.height()).isEqualTo(120);
        byte[] kept = blobs.open("private/" + picture.id()).orElseThrow().readAllBytes();
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("GPS-SECRET", "SECRET-COMMENT",
                "APPENDED-PAYLOAD", "Exif");
        assertThat(ImageIO.read(new ByteArrayInputStream(kept)).getWidth()).isEqualTo(300);

        var browser = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        browser.perform(get("/" + picture.url()).with(user((AccountPrincipal) users.loadUserByUsername(TestAccounts.FREELANCER))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", "no-store, private"));
        browser.perform(get("/" + picture.url()).with(user((AccountPrincipal) users.loadUserByUsername(TestAccounts.CLIENT))))
                .andExpect(status().isNotFound());
        browser.perform(get("/" + picture.url())).andExpect(status().isNotFound());
    }

    @Test
    void documents_are_kept_as_uploaded_and_anything_else_is_refused() {
        StoredFile pdf = upload("portfolio.pdf", TestContent.pdf());
        assertThat(pdf.kind()).isEqualTo(FileKind.ATTACHMENT);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.size()).isEqualTo(TestContent.pdf().length);
        assertThat(pdf.width()).isNull();

        assertThatThrownBy(() -> upload("setup.pdf", TestContent.executable()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.attachment.not-allowed"));
        assertThat(files.rules(FileKind.ATTACHMENT).acceptedTypes()).contains("image/png", ".jpg", "application/pdf", ".docx");
        assertThat(files.rules(FileKind.ATTACHMENT).maxBytes()).isEqualTo(files.rules(FileKind.DOCUMENT).maxBytes());
    }
}
