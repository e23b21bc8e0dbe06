package org.gigforge.account.seed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates demo members; they share one documented password, hashed once. */
@Component
public class MemberSeeder {

    /** A member to create. */
    public record SeedMember(String name, String email, Set<Role> roles, Instant createdAt) {}

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    MemberSeeder(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public boolean anyMembers() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from account_user)", Boolean.class));
    }

    @Transactional
    public List<UserId> seed(List<SeedMember> members, String password) {
        String hash = encoder.encode(password);
        var ids = new ArrayList<UserId>(members.size());
        for (SeedMember member : members) {
            var keys = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                var statement = connection.prepareStatement(
                        "insert into account_user (email, display_name, password_hash, created_at, email_verified_at)"
                                + " values (?, ?, ?, ?, ?)",
                        new String[] {"id"});
                statement.setString(1, member.email());
                statement.setString(2, member.name());
                statement.setString(3, hash);
                statement.setTimestamp(4, Timestamp.from(member.createdAt()));
                // Demo members can use every feature, mail included, without a verification round.
                statement.setTimestamp(5, Timestamp.from(member.createdAt()));
                return statement;
            }, keys);
            long id = keys.getKeyAs(Long.class);
            jdbc.batchUpdate("insert into account_user_role (user_id, role) values (?, ?)",
                    member.roles().stream().map(r -> new Object[] {id, r.name()}).toList());
            ids.add(new UserId(id));
        }
        return ids;
    }
}
