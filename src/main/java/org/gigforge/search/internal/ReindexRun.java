package org.gigforge.search.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gigforge.search.ReindexProgress;
import org.jspecify.annotations.Nullable;

/** One full reindex and how far it got; kept in the database so every node (and admin) sees the same progress. */
@Entity
@Table(name = "search_reindex")
public class ReindexRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReindexProgress.Reason reason;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private @Nullable Instant startedAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Column(nullable = false)
    private long total;

    @Column(nullable = false)
    private long done;

    private @Nullable String failure;

    /** The index schema this run builds (see {@link IndexSchema}). */
    @Column(nullable = false)
    private String fingerprint;

    protected ReindexRun() {
        this.reason = ReindexProgress.Reason.ADMIN;
        this.requestedAt = Instant.EPOCH;
        this.fingerprint = "";
    }

    ReindexRun(ReindexProgress.Reason reason, Instant requestedAt, String fingerprint) {
        this.reason = reason;
        this.requestedAt = requestedAt;
        this.fingerprint = fingerprint;
    }

    String fingerprint() {
        return fingerprint;
    }

    long idValue() {
        if (id == null) {
            throw new IllegalStateException("Not saved yet");
        }
        return id;
    }

    boolean finished() {
        return finishedAt != null;
    }

    void start(long totalDocuments, Instant at) {
        this.startedAt = at;
        this.total = totalDocuments;
        this.done = 0;
    }

    void progress(long documentsDone) {
        this.done = documentsDone;
    }

    void finish(Instant at, @Nullable String failureMessage) {
        this.finishedAt = at;
        this.failure = failureMessage;
        if (failureMessage == null) {
            this.done = Math.max(done, total);
        }
    }

    ReindexProgress progress() {
        ReindexProgress.State state = finishedAt != null
                ? (failure == null ? ReindexProgress.State.DONE : ReindexProgress.State.FAILED)
                : startedAt != null ? ReindexProgress.State.RUNNING : ReindexProgress.State.QUEUED;
        return new ReindexProgress(idValue(), state, reason, requestedAt, startedAt, finishedAt, total, done, failure);
    }
}
