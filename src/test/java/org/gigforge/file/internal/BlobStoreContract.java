package org.gigforge.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every blob store must do; each implementation's test runs these against a real store. */
abstract class BlobStoreContract {

    /** The store under test, empty at the start of each test is not required: tests use fresh keys. */
    abstract BlobStore store();

    static String freshKey() {
        return BlobKeys.privateKey(UUID.randomUUID());
    }

    @Test
    void returns_what_was_put_with_its_size() {
        String key = freshKey();
        byte[] content = "Curriculum vitae\n".getBytes(StandardCharsets.UTF_8);
        store().put(key, content, "text/plain");
        try (var blob = store().open(key).orElseThrow()) {
            assertThat(blob.size()).isEqualTo(content.length);
            assertThat(blob.readAllBytes()).isEqualTo(content);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void keeps_binary_content_of_several_megabytes_intact() {
        String key = freshKey();
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(content);
        store().put(key, content, "application/pdf");
        assertThat(store().open(key).orElseThrow().readAllBytes()).isEqualTo(content);
    }

    @Test
    void put_replaces_earlier_content() {
        String key = freshKey();
        store().put(key, new byte[] {1, 2, 3}, "application/octet-stream");
        store().put(key, new byte[] {4, 5}, "application/octet-stream");
        assertThat(store().open(key).orElseThrow().readAllBytes()).containsExactly(4, 5);
    }

    @Test
    void exists_until_deleted() {
        String key = freshKey();
        assertThat(store().exists(key)).isFalse();
        store().put(key, new byte[] {7}, "application/octet-stream");
        assertThat(store().exists(key)).isTrue();
        store().delete(key);
        assertThat(store().exists(key)).isFalse();
        assertThat(store().open(key)).isEmpty();
    }

    @Test
    void deleting_or_opening_a_missing_key_is_no_error() {
        String key = freshKey();
        store().delete(key);
        assertThat(store().open(key)).isEmpty();
    }

    @Test
    void public_images_are_named_by_their_content_hash_and_stored_once() throws Exception {
        byte[] picture = ("not really a jpeg " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(picture));
        String key = BlobKeys.publicKey(picture, "jpg");
        assertThat(key).isEqualTo("public/" + expectedHash + ".jpg");

        store().put(key, picture, "image/jpeg");
        // The same content again lands on the same name: one blob, whoever uploads it.
        store().put(BlobKeys.publicKey(picture.clone(), "jpg"), picture, "image/jpeg");
        assertThat(store().open(key).orElseThrow().readAllBytes()).isEqualTo(picture);
        assertThat(BlobKeys.publicKey("other".getBytes(StandardCharsets.UTF_8), "jpg")).isNotEqualTo(key);
    }

    @Test
    void refuses_keys_it_did_not_make() {
        for (String key : new String[] {"../outside", "public/../../etc/passwd", "private/", "other/abc", "public/ABC.jpg",
                "private/a/b"}) {
            assertThatThrownBy(() -> store().put(key, new byte[] {1}, "text/plain"))
                    .as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store().open(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
