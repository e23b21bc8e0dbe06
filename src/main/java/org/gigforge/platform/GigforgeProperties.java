package org.gigforge.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every Gigforge setting, under the prefix {@code gigforge}. Switching between the embedded
 * default and a production cluster is configuration only.
 */
@ConfigurationProperties("gigforge")
public record GigforgeProperties(
        @DefaultValue("./data") Path dataDir,
        /** Where members reach the app, for absolute links in mails (no trailing slash needed). */
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue Database database,
        @DefaultValue DemoData demoData,
        @DefaultValue LoginThrottle loginThrottle,
        @DefaultValue Accounts accounts,
        @DefaultValue Fees fees,
        @DefaultValue Proposals proposals,
        @DefaultValue Contracts contracts,
        @DefaultValue Files files,
        @DefaultValue Payments payments,
        @DefaultValue Reviews reviews,
        @DefaultValue Search search) {

    /** The embedded PostgreSQL that starts when no {@code spring.datasource.url} is set. */
    public record Database(
            /** Port of the embedded database; 0 picks any free port. */
            @DefaultValue("54329") int embeddedPort,
            /** Keep the embedded database in {@code data-dir} between runs; false uses a throw-away folder. */
            @DefaultValue("true") boolean embeddedPersistent) {}

    /** Demo data; {@code enabled} left empty means: seed only when the database is embedded. */
    public record DemoData(@Nullable Boolean enabled) {}

    /** Failed-login throttling per account and per client address. */
    public record LoginThrottle(
            @DefaultValue("5") int maxFailuresPerAccount,
            @DefaultValue("20") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration window) {}

    /** Service fees in basis points (1 % = 100), shown in full before every commitment. */
    public record Fees(
            @DefaultValue("500") long clientBasisPoints,
            @DefaultValue("1000") long freelancerBasisPoints,
            /** The least client fee in minor units of the price's currency (all pricing currencies have cents). */
            @DefaultValue("0") long clientMinimumMinor,
            /** The least freelancer fee in minor units; never more than the price itself. */
            @DefaultValue("0") long freelancerMinimumMinor) {}

    /** Who moves the money; the ledger rules are the same for every provider. */
    public record Payments(
            /**
             * {@code demo} charges instantly and moves no real money (views say so). Stripe replaces it when
             * {@code gigforge.payments.stripe.secret-key} is set (decision 23), whatever this says.
             */
            @DefaultValue("demo") Provider provider) {

        public enum Provider { DEMO }
    }

    /** Contracts: review periods before money is paid out without the client's word. */
    public record Contracts(
            /** How long a client may leave submitted milestone work unanswered before it is paid automatically. */
            @DefaultValue("14d") Duration autoReleaseAfter,
            /** How long after a week of hourly work is billed the client may dispute it; then it is released. */
            @DefaultValue("5d") Duration hourlyReviewWindow) {}

    /** Reviews: how long after a contract ends its parties may review each other; sealed reviews publish then. */
    public record Reviews(@DefaultValue("14d") Duration window) {}

    /** Spam control without money: a daily cap on proposals per freelancer. */
    public record Proposals(@DefaultValue("30") int dailyCap) {}

    /** Account housekeeping. */
    public record Accounts(@DefaultValue("90d") Duration loginHistoryRetention) {}

    /** Where uploads are kept and the limits every upload must meet. */
    public record Files(
            /** {@code local} keeps files in a folder (one node); {@code s3} in any S3-compatible store (clusters). */
            @DefaultValue("local") Store store,
            /** Folder of the local store; empty means {@code ${data-dir}/files}. */
            @Nullable Path localDir,
            @DefaultValue("5MB") DataSize avatarMaxSize,
            @DefaultValue("10MB") DataSize imageMaxSize,
            @DefaultValue("20MB") DataSize documentMaxSize,
            /** Images whose header promises more pixels than this are refused before decoding (decompression bombs). */
            @DefaultValue("40000000") long decodeMaxPixels,
            @DefaultValue("12000") int decodeMaxSide,
            /** Avatars are cropped to a square of this side. */
            @DefaultValue("400") int avatarSize,
            /** Larger images are scaled down to this longest side when re-encoded. */
            @DefaultValue("2560") int imageMaxSide,
            @DefaultValue("320") int thumbnailWidth,
            /** Uploads nobody attached to anything are deleted after this long. */
            @DefaultValue("24h") Duration unattachedMaxAge,
            @DefaultValue S3 s3) {

        public enum Store { LOCAL, S3 }

        /** The local store's folder. */
        public Path localDir(Path dataDir) {
            return localDir != null ? localDir : dataDir.resolve("files");
        }

        /**
         * An S3-compatible store. Without an endpoint the SDK talks to AWS; without keys it uses the SDK's
         * default credentials (environment {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, instance roles).
         */
        public record S3(
                @Nullable URI endpoint,
                /** Empty: the SDK's default ({@code AWS_REGION}), else us-east-1. */
                @Nullable String region,
                @DefaultValue("gigforge-files") String bucket,
                @Nullable String accessKey,
                @Nullable String secretKey,
                /** Addresses like {@code endpoint/bucket/key}; most S3-compatible stores need it. */
                @DefaultValue("false") boolean pathStyle,
                /** How long a private file's signed download address stays valid. */
                @DefaultValue("5m") Duration presignTtl,
                /**
                 * Send browsers straight to the store with a signed address; false streams private files through
                 * the app (for stores the browsers cannot reach).
                 */
                @DefaultValue("true") boolean presignDownloads) {}
    }

    /**
     * The search index. {@code lucene} keeps it in a local folder (one node); {@code elasticsearch} uses an
     * Elasticsearch or OpenSearch cluster, which several nodes can share.
     */
    public record Search(
            @DefaultValue("lucene") Backend backend,
            /** Folder of the Lucene index; empty means {@code ${data-dir}/search}, or a throw-away folder when the
             * embedded database is throw-away too (an index must never outlive the rows it describes). */
            @Nullable Path luceneDir,
            @DefaultValue Elasticsearch elasticsearch,
            /**
             * {@code none}: each node indexes its own changes right after commit (one node, or Lucene).
             * {@code outbox-polling}: changes are written to an outbox table in the same transaction and
             * indexed by whichever node polls them (clusters; needs the Elasticsearch backend).
             */
            @DefaultValue("none") Coordination coordination) {

        public enum Backend { LUCENE, ELASTICSEARCH }

        public enum Coordination { NONE, OUTBOX_POLLING }

        /** The Lucene index folder (see {@link #luceneDir}); {@code null} when a throw-away folder is wanted. */
        public @Nullable Path luceneDir(Path dataDir, boolean persistentData) {
            if (luceneDir != null) {
                return luceneDir;
            }
            return persistentData ? dataDir.resolve("search") : null;
        }

        public record Elasticsearch(
                @DefaultValue("http://localhost:9200") List<URI> uris,
                @Nullable String username,
                @Nullable String password,
                /**
                 * The cluster's distribution and version, e.g. {@code opensearch:2.19} or {@code 8.17}; empty asks the
                 * cluster at start (which then must be up before the application).
                 */
                @Nullable String version,
                /** Put before every index name, so several installations can share one cluster (e.g. {@code staging-}). */
                @Nullable String indexPrefix) {}
    }
}
