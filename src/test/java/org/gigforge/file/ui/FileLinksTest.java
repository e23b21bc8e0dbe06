package org.gigforge.file.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gigforge.file.FileId;
import org.gigforge.file.FileKind;
import org.gigforge.file.StoredFile;
import org.junit.jupiter.api.Test;

class FileLinksTest {

    @Test
    void a_download_link_bypasses_the_router_and_names_the_file() {
        var id = new FileId(UUID.randomUUID());
        var file = new StoredFile(id, FileKind.DOCUMENT, "cv.pdf", "application/pdf", 123, null, null, "files/" + id, null);

        var link = FileLinks.download(file);

        assertThat(link.getHref()).isEqualTo("files/" + id);
        assertThat(link.getText()).isEqualTo("cv.pdf");
        assertThat(link.isRouterIgnore()).isTrue();
        assertThat(link.isDownload()).isTrue();
    }
}
