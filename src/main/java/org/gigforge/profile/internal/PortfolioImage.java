package org.gigforge.profile.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.gigforge.file.StoredFile;
import org.gigforge.profile.PortfolioItem;

@Embeddable
public class PortfolioImage {

    @Column(name = "file_id", nullable = false)
    private UUID fileId = new UUID(0, 0);

    @Column(nullable = false)
    private String url = "";

    @Column(name = "thumbnail_url", nullable = false)
    private String thumbnailUrl = "";

    protected PortfolioImage() {}

    PortfolioImage(StoredFile file) {
        this.fileId = file.id().value();
        this.url = file.url();
        this.thumbnailUrl = file.thumbnailUrl() == null ? file.url() : file.thumbnailUrl();
    }

    PortfolioItem.Picture picture() {
        return new PortfolioItem.Picture(url, thumbnailUrl);
    }
}
