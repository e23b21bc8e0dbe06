package org.gigforge.file.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.TestContentAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The upload field without a browser: what the upload request does, and what the member then sees. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class FileUploadFieldTest extends SpringBrowserlessTest {

    @Autowired FileService files;
    @Autowired UserDetailsService users;

    private final List<StoredFile> received = new ArrayList<>();

    @BeforeEach
    void signIn() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private FileUploadField field(FileKind kind) {
        var field = new FileUploadField(files, kind);
        field.addUploadedListener(received::add);
        UI.getCurrent().add(field);
        return field;
    }

    @Test
    void tells_the_browser_the_limits_of_its_kind() {
        var avatar = field(FileKind.AVATAR);
        assertThat(avatar.upload().getMaxFiles()).isEqualTo(1);
        assertThat(avatar.upload().getMaxFileSize()).isEqualTo(5 * 1024 * 1024);
        assertThat(avatar.upload().getAcceptedFileTypes()).contains("image/jpeg", ".png").doesNotContain(".pdf");
        var document = field(FileKind.DOCUMENT);
        assertThat(document.upload().getMaxFileSize()).isEqualTo(20 * 1024 * 1024);
        assertThat(document.upload().getAcceptedFileTypes()).contains("application/pdf", ".docx");
    }

    @Test
    void hands_a_stored_file_to_its_listeners_and_says_so() {
        var field = field(FileKind.AVATAR);
        String refusal = field.receive("me.png", new ByteArrayInputStream(TestContentAccess.png(300, 200)));
        roundTrip();

        assertThat(refusal).isNull();
        assertThat(received).singleElement().satisfies(file -> {
            assertThat(file.kind()).isEqualTo(FileKind.AVATAR);
            assertThat(file.width()).isEqualTo(200);
        });
        assertThat(field.getUploaded()).isEqualTo(received.getFirst());
        assertThat(field.isInvalid()).isFalse();
        assertThat(field.getElement().getTextRecursively()).contains("Uploaded: me.jpg");
    }

    @Test
    void shows_a_refusal_in_words_on_the_field() {
        var field = field(FileKind.AVATAR);
        String refusal = field.receive("photo.png", new ByteArrayInputStream(TestContentAccess.shellScript()));
        roundTrip();

        assertThat(refusal).isEqualTo(
                "This file is not an image we can take. Please upload a picture in one of these formats: JPEG, PNG, GIF.");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(refusal);
        assertThat(received).isEmpty();
        assertThat(field.getUploaded()).isNull();
    }

    @Test
    void speaks_the_members_language() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        var field = field(FileKind.DOCUMENT);
        String refusal = field.receive("setup.pdf", new ByteArrayInputStream(TestContentAccess.png(10, 10)));

        assertThat(refusal).startsWith("Diese Art von Datei kann hier nicht hochgeladen werden.");
        assertThat(field.getElement().getTextRecursively()).contains("Höchstens 20 MB.");
    }
}
