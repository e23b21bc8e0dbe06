package org.gigforge.job.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One earlier version of an open job, kept as JSON so it survives later changes to the job's columns. */
@Entity
@Table(name = "job_revision")
public class JobRevisionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(nullable = false)
    private int revision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String content = "{}";

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt = Instant.EPOCH;

    protected JobRevisionEntry() {}

    public JobRevisionEntry(long jobId, int revision, String content, Instant replacedAt) {
        this.jobId = jobId;
        this.revision = revision;
        this.content = content;
        this.replacedAt = replacedAt;
    }

    public int revision() {
        return revision;
    }

    public String content() {
        return content;
    }

    public Instant replacedAt() {
        return replacedAt;
    }
}
