package org.gigforge.account;

/**
 * Counts failed sign-ins per account and per client address and says when to refuse further tries.
 * In memory on one node; a cluster fills it from Redis so every node sees the same counts.
 */
public interface LoginThrottle {

    /** True while either the account or the address has too many recent failures. */
    boolean isThrottled(String email, String address);

    void recordFailure(String email, String address);

    /** A successful sign-in clears the account's failures (not the address's). */
    void recordSuccess(String email);
}
