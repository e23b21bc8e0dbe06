package org.gigforge.account.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    /** Locked, so two clicks on the same link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :hash")
    Optional<AccountToken> lockByTokenHash(@Param("hash") String tokenHash);

    Optional<AccountToken> findByTokenHash(String tokenHash);

    long countByUserIdAndPurposeAndCreatedAtAfter(long userId, AccountToken.Purpose purpose, Instant after);

    /** A new token of a purpose makes the older ones useless: only the latest mail works. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :at where t.userId = :user and t.purpose = :purpose and t.usedAt is null")
    int retire(@Param("user") long user, @Param("purpose") AccountToken.Purpose purpose, @Param("at") Instant at);
}
