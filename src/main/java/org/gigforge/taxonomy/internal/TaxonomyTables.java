package org.gigforge.taxonomy.internal;

import org.gigforge.taxonomy.Taxonomy;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mirrors the bundled taxonomy into its tables on start (insert new, update names), so a release
 * that adds skills needs no migration. Runs before anything that references skills.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaxonomyTables implements ApplicationRunner {

    private final Taxonomy taxonomy;
    private final JdbcTemplate jdbc;

    TaxonomyTables(Taxonomy taxonomy, JdbcTemplate jdbc) {
        this.taxonomy = taxonomy;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.batchUpdate(
                "insert into taxonomy_category (code, name_en, name_de) values (?, ?, ?) "
                        + "on conflict (code) do update set name_en = excluded.name_en, name_de = excluded.name_de",
                taxonomy.categories().stream()
                        .map(c -> new Object[] {c.code(), c.nameEn(), c.nameDe()})
                        .toList());
        jdbc.batchUpdate(
                "insert into taxonomy_skill (slug, name, category_code) values (?, ?, ?) "
                        + "on conflict (slug) do update set name = excluded.name, category_code = excluded.category_code",
                taxonomy.skills().stream()
                        .map(s -> new Object[] {s.slug(), s.name(), s.categoryCode()})
                        .toList());
    }
}
