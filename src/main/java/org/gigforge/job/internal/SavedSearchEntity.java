package org.gigforge.job.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gigforge.account.UserId;
import org.gigforge.job.SavedSearchId;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A saved job search; the query is kept as the JSON the service wrote (see SavedSearchService). */
@Entity
@Table(name = "saved_search")
public class SavedSearchEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "freelancer_id", nullable = false)
    private long freelancerId;

    @Column(nullable = false)
    private String name = "";

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String query = "{}";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected SavedSearchEntity() {}

    public SavedSearchEntity(UserId freelancer, String name, String queryJson, Instant createdAt) {
        this.freelancerId = freelancer.value();
        this.name = name;
        this.query = queryJson;
        this.createdAt = createdAt;
    }

    public SavedSearchId id() {
        if (id == null) {
            throw new IllegalStateException("Saved search not saved yet");
        }
        return new SavedSearchId(id);
    }

    public UserId freelancer() {
        return new UserId(freelancerId);
    }

    public String name() {
        return name;
    }

    public void rename(String value) {
        this.name = value;
    }

    public String queryJson() {
        return query;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
