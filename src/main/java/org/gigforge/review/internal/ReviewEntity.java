package org.gigforge.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.gigforge.account.UserId;
import org.gigforge.contract.ContractId;
import org.gigforge.review.ReviewDraft;
import org.gigforge.review.ReviewId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "review")
public class ReviewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false)
    private int overall;

    @Column(nullable = false)
    private int communication;

    @Column(nullable = false)
    private int quality;

    @Column(nullable = false)
    private int timeliness;

    @Column(name = "public_text", nullable = false)
    private String publicText = "";

    @Column(name = "private_feedback", nullable = false)
    private String privateFeedback = "";

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt = Instant.EPOCH;

    /** Kept on the review so the publishing job needs no contract lookup. */
    @Column(name = "window_closes_at", nullable = false)
    private Instant windowClosesAt = Instant.EPOCH;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    protected ReviewEntity() {}

    public ReviewEntity(ContractId contract, UserId author, UserId subject, ReviewDraft draft, Instant submittedAt,
            Instant windowClosesAt) {
        this.contractId = contract.value();
        this.authorId = author.value();
        this.subjectId = subject.value();
        this.overall = draft.overall();
        this.communication = draft.communication();
        this.quality = draft.quality();
        this.timeliness = draft.timeliness();
        this.publicText = draft.publicText();
        this.privateFeedback = draft.privateFeedback();
        this.submittedAt = submittedAt;
        this.windowClosesAt = windowClosesAt;
    }

    public void publish(Instant at) {
        if (publishedAt == null) {
            publishedAt = at;
        }
    }

    public ReviewId id() {
        return new ReviewId(Objects.requireNonNull(id));
    }

    public ContractId contractId() {
        return new ContractId(contractId);
    }

    public UserId authorId() {
        return new UserId(authorId);
    }

    public UserId subjectId() {
        return new UserId(subjectId);
    }

    public int overall() {
        return overall;
    }

    public int communication() {
        return communication;
    }

    public int quality() {
        return quality;
    }

    public int timeliness() {
        return timeliness;
    }

    public String publicText() {
        return publicText;
    }

    public String privateFeedback() {
        return privateFeedback;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }
}
