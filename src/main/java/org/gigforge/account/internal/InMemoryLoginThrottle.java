package org.gigforge.account.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.gigforge.account.LoginThrottle;
import org.gigforge.platform.GigforgeProperties;
import org.springframework.stereotype.Component;

/**
 * Sliding-window failure counts in this JVM: right for one node (the embedded mode). The cluster mode
 * swaps in a Redis-backed {@link LoginThrottle} so that every node counts the same failures.
 */
@Component
class InMemoryLoginThrottle implements LoginThrottle {

    private final Clock clock;
    private final GigforgeProperties.LoginThrottle settings;
    private final Cache<String, Deque<Instant>> failures;

    InMemoryLoginThrottle(Clock clock, GigforgeProperties properties) {
        this.clock = clock;
        this.settings = properties.loginThrottle();
        this.failures = Caffeine.newBuilder()
                .expireAfterAccess(settings.window())
                .maximumSize(200_000)
                .build();
    }

    @Override
    public boolean isThrottled(String email, String address) {
        return recent(accountKey(email)) >= settings.maxFailuresPerAccount()
                || recent(addressKey(address)) >= settings.maxFailuresPerAddress();
    }

    @Override
    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(email), addressKey(address)}) {
            var deque = failures.get(key, k -> new ArrayDeque<>());
            synchronized (deque) {
                deque.addLast(now);
                prune(deque, now);
            }
        }
    }

    @Override
    public void recordSuccess(String email) {
        failures.invalidate(accountKey(email));
    }

    private int recent(String key) {
        var deque = failures.getIfPresent(key);
        if (deque == null) {
            return 0;
        }
        synchronized (deque) {
            prune(deque, clock.instant());
            return deque.size();
        }
    }

    private void prune(Deque<Instant> deque, Instant now) {
        Instant cutoff = now.minus(settings.window());
        while (!deque.isEmpty() && deque.peekFirst().isBefore(cutoff)) {
            deque.removeFirst();
        }
    }

    private static String accountKey(String email) {
        return "account:" + email.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
