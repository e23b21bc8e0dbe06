package org.gigforge.file.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileOwner;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.platform.GigforgeProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The clean-up job, run by hand with a clock moved past the age limit. */
@GigforgeTest
class FileCleanupTest {

    @Autowired FileService files;
    @Autowired FileObjectRepository rows;
    @Autowired FileStorage storage;
    @Autowired BlobStore blobs;
    @Autowired TransactionTemplate transaction;
    @Autowired GigforgeProperties properties;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private FileCleanup cleanupAfter(Duration elapsed) {
        return new FileCleanup(rows, storage, transaction, Clock.offset(Clock.systemUTC(), elapsed), properties);
    }

    private StoredFile upload(String text) {
        return files.upload(FileKind.DOCUMENT, "note.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void deletes_old_unattached_uploads_and_released_files_and_keeps_attached_ones() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        StoredFile abandoned = upload("abandoned");
        StoredFile attached = upload("attached");
        StoredFile released = upload("released");
        var owner = new FileOwner("resume", "cleanup-" + System.nanoTime());
        var replacedOwner = new FileOwner("profile-photo", "cleanup-" + System.nanoTime());
        files.attach(attached.id(), owner);
        files.attach(released.id(), replacedOwner);
        files.detachAll(replacedOwner);

        // An hour later: the abandoned upload is still young, the released file goes at once.
        cleanupAfter(Duration.ofHours(1)).deleteUnused();
        assertThat(rows.existsById(abandoned.id().value())).isTrue();
        assertThat(rows.existsById(released.id().value())).isFalse();
        assertThat(blobs.exists("private/" + released.id())).isFalse();

        // A day and an hour later the abandoned upload is gone too.
        int deleted = cleanupAfter(properties.files().unattachedMaxAge().plusHours(1)).deleteUnused();
        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(rows.existsById(abandoned.id().value())).isFalse();
        assertThat(blobs.exists("private/" + abandoned.id())).isFalse();
        assertThat(rows.existsById(attached.id().value())).isTrue();
        assertThat(blobs.exists("private/" + attached.id())).isTrue();
        assertThat(files.filesOf(owner)).extracting(StoredFile::id).containsExactly(attached.id());
    }

    @Test
    void keeps_a_shared_picture_while_an_attached_file_still_shows_it() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        byte[] picture = org.gigforge.file.TestContentAccess.png(30, 20);
        StoredFile used = files.upload(FileKind.IMAGE, "a.png", new ByteArrayInputStream(picture));
        StoredFile abandoned = files.upload(FileKind.IMAGE, "b.png", new ByteArrayInputStream(picture));
        files.attach(used.id(), new FileOwner("portfolio", "cleanup-" + System.nanoTime()));

        cleanupAfter(properties.files().unattachedMaxAge().plusHours(1)).deleteUnused();

        assertThat(rows.existsById(abandoned.id().value())).isFalse();
        assertThat(blobs.exists("public/" + used.url().substring("media/".length()))).isTrue();
        assertThat(blobs.exists("public/" + used.thumbnailUrl().substring("media/".length()))).isTrue();
    }
}
