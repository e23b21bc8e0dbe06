package org.gigforge.profile;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A portfolio piece as pages show it, with its pictures' public addresses. */
public record PortfolioItem(long id, String title, String description, @Nullable String link, List<Picture> pictures) {

    /** One picture: the full image and its thumbnail. */
    public record Picture(String url, String thumbnailUrl) {}
}
