package org.gigforge.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.JdbcTemplate;

/** The double-entry rule over the whole ledger, checked after each money scenario. */
public final class LedgerChecks {

    private LedgerChecks() {}

    /** Every currency's entries sum to zero: money only moved, none appeared or vanished. */
    public static void assertBalanced(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForList("select currency, sum(amount_minor) as total from ledger_entry group by currency"))
                .allSatisfy(row -> assertThat(((Number) row.get("total")).longValue()).as("%s", row.get("currency"))
                        .isZero());
    }
}
