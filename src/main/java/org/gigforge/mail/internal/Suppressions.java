package org.gigforge.mail.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.gigforge.mail.SuppressionReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The suppressed addresses, kept in lower case so one address is one row. */
@Component
public class Suppressions {

    private final JdbcClient jdbc;

    Suppressions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SuppressionReason> reason(String address) {
        return jdbc.sql("select reason from mail_suppression where address = ?").param(normal(address))
                .query(String.class).optional().map(SuppressionReason::valueOf);
    }

    /**
     * Records the address; a hard bounce wins over a complaint (it also stops essential mail). Returns whether
     * anything changed.
     */
    public boolean suppress(String address, SuppressionReason reason, String detail, Instant at) {
        String cut = detail.length() > 500 ? detail.substring(0, 500) : detail;
        return jdbc.sql("""
                insert into mail_suppression (address, reason, detail, created_at) values (?, ?, ?, ?)
                on conflict (address) do update set reason = excluded.reason, detail = excluded.detail
                where mail_suppression.reason <> 'HARD_BOUNCE' and excluded.reason = 'HARD_BOUNCE'""")
                .params(normal(address), reason.name(), cut, Timestamp.from(at)).update() > 0;
    }

    /** Whether a mail may go to the address: hard bounces stop all mail, complaints only non-essential mail. */
    public boolean blocks(String address, boolean essential) {
        return reason(address).map(r -> r == SuppressionReason.HARD_BOUNCE || !essential).orElse(false);
    }

    static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
