package org.gigforge.account.internal;

import java.time.Clock;
import java.time.Instant;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.gigforge.platform.GigforgeProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes sign-in attempts (whatever the outcome of the surrounding request) and purges old ones. */
@Component
public class SignInHistory {

    private static final Logger log = LoggerFactory.getLogger(SignInHistory.class);

    private final SignInEventRepository events;
    private final UserAccountRepository accounts;
    private final Clock clock;
    private final GigforgeProperties properties;

    SignInHistory(SignInEventRepository events, UserAccountRepository accounts, Clock clock, GigforgeProperties properties) {
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String email, String address, boolean succeeded) {
        Instant now = clock.instant();
        @Nullable UserAccount account = accounts.findByEmailIgnoreCase(email.strip()).orElse(null);
        if (account != null && succeeded) {
            account.signedIn(now);
        }
        events.save(new SignInEvent(account == null ? null : account.id().value(), address, succeeded, now));
    }

    /** Sign-in history is personal data: keep it only as long as it helps members spot abuse. */
    @Recurring(id = "purge-sign-in-history", cron = "17 3 * * *", zoneId = "UTC")
    @Job(name = "Purge sign-in history past its retention")
    @Transactional
    public int purgeExpired() {
        Instant before = clock.instant().minus(properties.accounts().loginHistoryRetention());
        int removed = events.deleteOlderThan(before);
        log.info("Purged {} sign-in records older than {}", removed, before);
        return removed;
    }
}
