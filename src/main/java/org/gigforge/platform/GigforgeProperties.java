package org.gigforge.platform;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every Gigforge setting, under the prefix {@code gigforge}. Switching between the embedded
 * default and a production cluster is configuration only.
 */
@ConfigurationProperties("gigforge")
public record GigforgeProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Database database,
        @DefaultValue DemoData demoData,
        @DefaultValue LoginThrottle loginThrottle,
        @DefaultValue Accounts accounts,
        @DefaultValue Fees fees,
        @DefaultValue Proposals proposals) {

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
            @DefaultValue("1000") long freelancerBasisPoints) {}

    /** Spam control without money: a daily cap on proposals per freelancer. */
    public record Proposals(@DefaultValue("30") int dailyCap) {}

    /** Account housekeeping. */
    public record Accounts(@DefaultValue("90d") Duration loginHistoryRetention) {}
}
