package org.gigforge.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.file.internal.BlobStore;
import org.gigforge.file.internal.FileObjectRepository;
import org.gigforge.platform.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Uploads are judged by their content; refused ones leave nothing behind; pictures are re-encoded. */
@GigforgeTest
class FileUploadTest {

    @Autowired FileService files;
    @Autowired FileObjectRepository rows;
    @Autowired BlobStore blobs;
    @Autowired UserDetailsService users;

    @BeforeEach
    void signIn() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private StoredFile upload(FileKind kind, String name, byte[] content) {
        return files.upload(kind, name, new ByteArrayInputStream(content));
    }

    /** Runs a refused upload and checks that no row was added. */
    private UserFacingException refused(FileKind kind, String name, byte[] content) {
        long before = rows.count();
        var refusal = (UserFacingException) org.assertj.core.api.Assertions.catchThrowable(() -> upload(kind, name, content));
        assertThat(refusal).as(name).isNotNull();
        assertThat(rows.count()).as("rows after refusing " + name).isEqualTo(before);
        return refusal;
    }

    @Test
    void a_script_or_a_web_page_named_png_is_not_an_image() {
        for (FileKind kind : new FileKind[] {FileKind.AVATAR, FileKind.IMAGE}) {
            assertThat(refused(kind, "photo.png", TestContent.shellScript()).messageKey()).isEqualTo("file.image.not-image");
            assertThat(refused(kind, "photo.png", TestContent.html()).messageKey()).isEqualTo("file.image.not-image");
            assertThat(refused(kind, "cv.png", TestContent.pdf()).messageKey()).isEqualTo("file.image.not-image");
        }
        assertThat(refused(FileKind.IMAGE, "photo.png", TestContent.shellScript()).arguments())
                .containsExactly("JPEG, PNG, GIF");
    }

    @Test
    void a_file_over_the_limit_is_refused_without_reading_it_all() {
        var endless = new TestContent.EndlessStream();
        long before = rows.count();
        assertThatThrownBy(() -> files.upload(FileKind.AVATAR, "huge.jpg", endless))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("file.too-large");
                    assertThat(e.arguments()).containsExactly(5L);
                });
        assertThat(endless.read).isGreaterThan(5L * 1024 * 1024).isLessThan(6L * 1024 * 1024);
        assertThat(rows.count()).isEqualTo(before);
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(refused(FileKind.DOCUMENT, "empty.txt", new byte[0]).messageKey()).isEqualTo("file.empty");
    }

    @Test
    void an_image_promising_absurd_dimensions_is_refused_before_decoding() {
        byte[] bomb = TestContent.pngClaiming(50_000, 50_000);
        assertThat(bomb.length).isLessThan(100);
        var refusal = refused(FileKind.IMAGE, "bomb.png", bomb);
        assertThat(refusal.messageKey()).isEqualTo("file.image.too-many-pixels");
        assertThat(refusal.arguments()).containsExactly(50_000, 50_000, 12_000, 40L);
        // Within the side limit but too many pixels in all.
        assertThat(refused(FileKind.AVATAR, "wide.png", TestContent.pngClaiming(11_000, 11_000)).messageKey())
                .isEqualTo("file.image.too-many-pixels");
    }

    @Test
    void an_image_that_cannot_be_decoded_is_refused() {
        byte[] broken = TestContent.png(40, 40);
        broken = java.util.Arrays.copyOf(broken, 60); // header intact, pixels cut off
        assertThat(refused(FileKind.IMAGE, "broken.png", broken).messageKey()).isEqualTo("file.image.unreadable");
    }

    @Test
    void re_encoding_drops_exif_comments_and_appended_data() throws Exception {
        byte[] original = TestContent.jpegWithHiddenData(200, 100, 1);
        assertThat(new String(original, StandardCharsets.ISO_8859_1))
                .contains("GPS-SECRET-DESCRIPTION", "SECRET-COMMENT", "APPENDED-PAYLOAD");

        StoredFile stored = upload(FileKind.IMAGE, "holiday.jpeg", original);

        byte[] kept = blobs.open("public/" + stored.url().substring("media/".length())).orElseThrow().readAllBytes();
        assertThat(new String(kept, StandardCharsets.ISO_8859_1))
                .doesNotContain("GPS-SECRET", "SECRET-COMMENT", "APPENDED-PAYLOAD", "Exif");
        var decoded = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(decoded.getWidth()).isEqualTo(200);
        assertThat(decoded.getHeight()).isEqualTo(100);
        assertThat(stored.name()).isEqualTo("holiday.jpg");
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.size()).isEqualTo(kept.length);
        assertThat(stored.url()).matches("media/[0-9a-f]{64}\\.jpg");
    }

    @Test
    void phone_photos_are_turned_upright_by_their_exif_orientation() throws Exception {
        // Orientation 6: the camera stored it lying on its side; viewers rotate it 90° clockwise.
        StoredFile stored = upload(FileKind.IMAGE, "portrait.jpg", TestContent.jpegWithHiddenData(200, 100, 6));
        assertThat(stored.width()).isEqualTo(100);
        assertThat(stored.height()).isEqualTo(200);
    }

    @Test
    void images_get_a_thumbnail_and_keep_png_for_screenshots() throws Exception {
        StoredFile stored = upload(FileKind.IMAGE, "screenshot.PNG", TestContent.png(1000, 500));

        assertThat(stored.kind()).isEqualTo(FileKind.IMAGE);
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.name()).isEqualTo("screenshot.png");
        assertThat(stored.width()).isEqualTo(1000);
        assertThat(stored.height()).isEqualTo(500);
        assertThat(stored.thumbnailUrl()).matches("media/[0-9a-f]{64}\\.jpg");
        byte[] thumbnail = blobs.open("public/" + stored.thumbnailUrl().substring("media/".length())).orElseThrow()
                .readAllBytes();
        var decoded = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertThat(decoded.getWidth()).isEqualTo(320);
        assertThat(decoded.getHeight()).isEqualTo(160);
    }

    @Test
    void large_images_are_scaled_down_to_the_longest_side() {
        StoredFile stored = upload(FileKind.IMAGE, "poster.jpg", TestContent.jpeg(3000, 1500));
        assertThat(stored.width()).isEqualTo(2560);
        assertThat(stored.height()).isEqualTo(1280);
    }

    @Test
    void avatars_become_centred_squares() throws Exception {
        StoredFile stored = upload(FileKind.AVATAR, "me.png", TestContent.png(800, 600));
        assertThat(stored.width()).isEqualTo(400);
        assertThat(stored.height()).isEqualTo(400);
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        byte[] thumbnail = blobs.open("public/" + stored.thumbnailUrl().substring("media/".length())).orElseThrow()
                .readAllBytes();
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail)).getWidth()).isEqualTo(128);

        StoredFile small = upload(FileKind.AVATAR, "small.jpg", TestContent.jpeg(120, 90));
        assertThat(small.width()).isEqualTo(90);
        assertThat(small.height()).isEqualTo(90);
    }

    @Test
    void the_same_picture_uploaded_twice_is_stored_once() {
        byte[] picture = TestContent.png(64, 48);
        StoredFile first = upload(FileKind.IMAGE, "a.png", picture);
        StoredFile second = upload(FileKind.IMAGE, "b.png", picture);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.url()).isEqualTo(first.url());
    }

    @Test
    void documents_are_accepted_by_their_content_and_named_to_match_it() {
        StoredFile pdf = upload(FileKind.DOCUMENT, "Lebenslauf Jürgen.pdf", TestContent.pdf());
        assertThat(pdf.name()).isEqualTo("Lebenslauf Jürgen.pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.url()).isEqualTo("files/" + pdf.id());
        assertThat(pdf.width()).isNull();
        assertThat(pdf.thumbnailUrl()).isNull();

        StoredFile docx = upload(FileKind.DOCUMENT, "offer.bin", TestContent.docx());
        assertThat(docx.name()).isEqualTo("offer.bin.docx");
        assertThat(docx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        assertThat(upload(FileKind.DOCUMENT, "brief.odt", TestContent.odt()).contentType())
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(upload(FileKind.DOCUMENT, "notes.md", TestContent.text()).contentType())
                .isEqualTo("text/markdown;charset=UTF-8");
        assertThat(upload(FileKind.DOCUMENT, "samples.zip", TestContent.zip()).contentType()).isEqualTo("application/zip");

        // A web page is text: stored as such and named so that nothing opens it as a page.
        StoredFile page = upload(FileKind.DOCUMENT, "page.html", TestContent.html());
        assertThat(page.name()).isEqualTo("page.html.txt");
        assertThat(page.contentType()).isEqualTo("text/plain;charset=UTF-8");
    }

    @Test
    void names_lose_folders_and_control_characters() {
        StoredFile file = upload(FileKind.DOCUMENT, "..\\..\\C:/Users/x/\u202Eevil\u0007 file .txt", TestContent.text());
        assertThat(file.name()).isEqualTo("_evil_ file.txt");
    }

    @Test
    void other_documents_are_refused() {
        assertThat(refused(FileKind.DOCUMENT, "setup.pdf", TestContent.executable()).messageKey())
                .isEqualTo("file.document.not-allowed");
        assertThat(refused(FileKind.DOCUMENT, "photo.pdf", TestContent.jpeg(10, 10)).messageKey())
                .isEqualTo("file.document.not-allowed");
        assertThat(refused(FileKind.DOCUMENT, "notes.txt", TestContent.latin1Text()).messageKey())
                .isEqualTo("file.document.not-allowed");
        byte[] brokenZip = java.util.Arrays.copyOf(TestContent.zip(), 30);
        assertThat(refused(FileKind.DOCUMENT, "broken.zip", brokenZip).messageKey()).isEqualTo("file.document.not-allowed");
    }

    @Test
    void delivered_work_takes_documents_and_pictures_kept_exactly_as_uploaded_and_private() throws Exception {
        byte[] photo = TestContent.jpegWithHiddenData(60, 40, 1);
        StoredFile picture = upload(FileKind.WORK, "shop front.jpeg", photo);
        assertThat(picture.kind()).as("stored like a document: private").isEqualTo(FileKind.DOCUMENT);
        assertThat(picture.name()).isEqualTo("shop front.jpeg");
        assertThat(picture.contentType()).isEqualTo("image/jpeg");
        assertThat(picture.url()).isEqualTo("files/" + picture.id());
        assertThat(picture.thumbnailUrl()).isNull();
        try (var stored = blobs.open(rows.findById(picture.id().value()).orElseThrow().storageKey()).orElseThrow()) {
            assertThat(stored.content().readAllBytes()).as("a deliverable is never re-encoded").isEqualTo(photo);
        }
        assertThat(upload(FileKind.WORK, "logo", TestContent.png(20, 20)).name()).isEqualTo("logo.png");
        assertThat(upload(FileKind.WORK, "brief.pdf", TestContent.pdf()).contentType()).isEqualTo("application/pdf");
        assertThat(refused(FileKind.WORK, "setup.png", TestContent.executable()).messageKey()).isEqualTo("file.work.not-allowed");
        var rules = files.rules(FileKind.WORK);
        assertThat(rules.maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(rules.acceptedTypes()).contains("application/pdf", ".docx", "image/png", ".jpg", ".gif");
    }

    @Test
    void visitors_cannot_upload() {
        TestAccounts.signOut();
        assertThatThrownBy(() -> upload(FileKind.DOCUMENT, "a.txt", TestContent.text())).isInstanceOf(Exception.class);
    }

    @Test
    void browsers_are_told_the_limits_and_types() {
        var image = files.rules(FileKind.IMAGE);
        assertThat(image.maxBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(image.acceptedTypes()).contains("image/jpeg", ".jpg", "image/png", ".png").doesNotContain(".pdf");
        var document = files.rules(FileKind.DOCUMENT);
        assertThat(document.maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(document.acceptedTypes()).contains("application/pdf", ".pdf", ".docx", ".doc", ".txt", ".zip");
    }
}
