package org.gigforge.profile.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.file.StoredFile;
import org.gigforge.profile.PortfolioDraft;
import org.gigforge.profile.PortfolioItem;
import org.jspecify.annotations.Nullable;

/** One portfolio piece of a freelancer. */
@Entity
@Table(name = "profile_portfolio_item")
public class PortfolioEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private String title = "";

    @Column(nullable = false)
    private String description = "";

    private @Nullable String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @ElementCollection
    @CollectionTable(name = "profile_portfolio_image", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<PortfolioImage> images = new ArrayList<>();

    protected PortfolioEntry() {}

    public PortfolioEntry(UserId owner, PortfolioDraft draft, Instant createdAt) {
        this.userId = owner.value();
        this.title = draft.title();
        this.description = draft.description();
        this.link = draft.link();
        this.createdAt = createdAt;
    }

    public void pictures(List<StoredFile> pictures) {
        this.images = new ArrayList<>(pictures.stream().map(PortfolioImage::new).toList());
    }

    public long idValue() {
        if (id == null) {
            throw new IllegalStateException("Portfolio item not saved yet");
        }
        return id;
    }

    public UserId owner() {
        return new UserId(userId);
    }

    public PortfolioItem item() {
        return new PortfolioItem(idValue(), title, description, link, images.stream().map(PortfolioImage::picture).toList());
    }
}
