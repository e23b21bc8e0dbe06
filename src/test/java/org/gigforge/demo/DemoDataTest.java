package org.gigforge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.gigforge.GigforgeTest;
import org.gigforge.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seeded marketplace is big and varied enough to demo every feature. */
@GigforgeTest
class DemoDataTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired Taxonomy taxonomy;

    @Test
    void seeds_enough_people_jobs_and_variety() {
        assertThat(count("select count(*) from profile_freelancer")).isGreaterThanOrEqualTo(60);
        assertThat(count("select count(*) from profile_client")).isGreaterThanOrEqualTo(30);
        assertThat(count("select count(*) from job")).isGreaterThanOrEqualTo(250);
        assertThat(count("select count(distinct category_code) from job")).isGreaterThanOrEqualTo(10);
        assertThat(count("select count(distinct country_code) from profile_freelancer")).isGreaterThanOrEqualTo(20);
        assertThat(count("select count(distinct title) from job")).isGreaterThanOrEqualTo(250);
        assertThat(count("select count(*) from taxonomy_skill")).isGreaterThanOrEqualTo(150);
        assertThat(taxonomy.places().stream().map(p -> p.countryCode()).distinct().count()).isGreaterThanOrEqualTo(20);
        // Every seeded job has skills from the taxonomy, in order, and sensible terms.
        assertThat(count("select count(*) from job j where not exists (select 1 from job_skill s where s.job_id = j.id)"))
                .isZero();
        assertThat(count("select count(*) from job where budget_minor < 5000 or rate_min_minor < 500")).isZero();
    }

    @Test
    void creates_the_three_documented_demo_logins() {
        assertThat(jdbc.queryForList("""
                select u.email || ':' || r.role from account_user u join account_user_role r on r.user_id = u.id
                where u.email like '%@demo.gigforge.org' order by u.email""", String.class))
                .containsExactly("admin@demo.gigforge.org:ADMIN", "client@demo.gigforge.org:CLIENT",
                        "freelancer@demo.gigforge.org:FREELANCER");
    }

    @Test
    void is_deterministic() {
        // The same fixed seed always produces the same people in the same order.
        assertThat(jdbc.queryForList("select display_name from account_user order by id limit 6", String.class))
                .startsWith("Maya Lindqvist", "Daniel Okafor", "Gigforge Admin")
                .hasSize(6);
        assertThat(DemoData.JOBS).isGreaterThanOrEqualTo(250);
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
