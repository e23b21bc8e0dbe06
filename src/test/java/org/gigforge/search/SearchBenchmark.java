package org.gigforge.search;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.gigforge.GigforgeApplication;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.job.JobQuery;
import org.gigforge.job.JobSearchService;
import org.gigforge.job.JobType;
import org.gigforge.job.internal.Job;
import org.gigforge.profile.TalentQuery;
import org.gigforge.profile.TalentSearchService;
import org.gigforge.profile.internal.FreelancerProfile;
import org.gigforge.taxonomy.ExperienceLevel;
import org.gigforge.taxonomy.Place;
import org.gigforge.taxonomy.Skill;
import org.gigforge.taxonomy.Taxonomy;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The search benchmark: not part of the test run (its name does not end in "Test"); run it with
 * {@code ./mvnw test -Pbenchmark} (see the README). It generates 100,000 jobs and 50,000 freelancer profiles with
 * skewed, realistic distributions into one PostgreSQL, mass-indexes them on Lucene and then on OpenSearch (through
 * the application, as a reindex does), and times the same query mix through the real search services on both
 * and, as the baseline, in PostgreSQL itself (full text with {@code tsvector}, typos through {@code pg_trgm}).
 * The report goes to standard output and {@code target/search-benchmark.md}.
 */
class SearchBenchmark {

    private static final int JOBS = Integer.getInteger("benchmark.jobs", 100_000);
    private static final int PROFILES = Integer.getInteger("benchmark.profiles", 50_000);
    private static final int CLIENTS = 5_000;
    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 300);
    private static final int MEASURED = Integer.getInteger("benchmark.queries", 1_000);
    private static final long SEED = 20_26_11_26L;

    /** Misspelt words people type, each close to a skill name (one or two edits). */
    private static final List<String> TYPOS = List.of("javscript", "pyhton", "kubernets", "wordpres", "shopfy",
            "andriod app", "machne learning", "djnago", "photoshp", "copywritting", "tensorflw", "laravle",
            "postgress database", "react natve", "figam design", "typescirpt", "flutetr app", "tablaeu dashboard");
    private static final List<String> COMMON = List.of("developer", "design", "app", "website", "data", "writer",
            "marketing", "api", "dashboard", "integration");

    @TempDir
    Path dataDir;

    private final Map<String, String> report = new LinkedHashMap<>();

    @Test
    void run() throws Exception {
        var out = new StringBuilder();
        out.append("# Search benchmark, ").append(LocalDate.now()).append("\n\n")
                .append(String.format(Locale.ROOT, "Machine: %d cores, %d MB max heap (application JVM), %s %s; "
                                + "%,d jobs, %,d freelancer profiles, %d measured queries after %d warm-up.%n%n",
                        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                        System.getProperty("os.name"), System.getProperty("java.version"), JOBS, PROFILES, MEASURED,
                        WARM_UP));
        try (var database = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "512MB")
                .setServerConfig("work_mem", "32MB").start()) {
            List<Timed> jobMix;
            List<Timed> talentMix;
            try (var lucene = start("lucene", database)) {
                var taxonomy = lucene.getBean(Taxonomy.class);
                var data = new Generator(taxonomy, new Random(SEED));
                long t0 = System.nanoTime();
                data.write(lucene.getBean(DataSource.class));
                out.append(String.format(Locale.ROOT, "Data generated and copied into PostgreSQL in %.1f s.%n%n",
                        (System.nanoTime() - t0) / 1e9));
                signIn(lucene);
                jobMix = data.jobMix(new Random(SEED + 1));
                talentMix = data.talentMix(new Random(SEED + 2));
                out.append("## Mass indexing\n\n| Backend | Jobs | Profiles |\n|---|---|---|\n");
                out.append(massIndex("Lucene", lucene));
                out.append(runAll("Lucene", lucene, jobMix, talentMix));
                if (Boolean.parseBoolean(System.getProperty("benchmark.postgres", "true"))) {
                    out.append(postgres(lucene.getBean(DataSource.class), jobMix));
                }
                System.out.println(out);
            }
            if (!System.getProperty("benchmark.backends", "lucene,opensearch").contains("opensearch")) {
                return;
            }
            try (var openSearch = start("opensearch", database)) {
                signIn(openSearch);
                out.append("\n| Backend | Jobs | Profiles |\n|---|---|---|\n");
                out.append(massIndex("OpenSearch", openSearch));
                out.append(runAll("OpenSearch", openSearch, jobMix, talentMix));
            }
        } finally {
            TestAccounts.signOut();
        }
        out.append("\n## Summary\n\n| Engine | Job mix p50 | p95 | p99 | queries/s (1 thread) | queries/s (2 threads) |\n"
                + "|---|---|---|---|---|---|\n");
        report.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        System.out.println(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "search-benchmark.md"), out);
    }

    private ConfigurableApplicationContext start(String node, EmbeddedPostgres database) {
        var args = new ArrayList<>(List.of(
                "--gigforge.data-dir=" + dataDir.resolve(node),
                "--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--gigforge.demo-data.enabled=false",
                "--jobrunr.background-job-server.enabled=false",
                "--logging.level.org.hibernate.search=WARN"));
        if (node.equals("opensearch")) {
            args.addAll(List.of("--gigforge.search.backend=elasticsearch",
                    "--gigforge.search.elasticsearch.uris=" + TestOpenSearch.uri(),
                    "--gigforge.search.elasticsearch.version=opensearch:2.19",
                    "--gigforge.search.elasticsearch.index-prefix=benchmark-"));
        }
        return new SpringApplicationBuilder(GigforgeApplication.class).run(args.toArray(String[]::new));
    }

    /** Talent search is for signed-in members: a client of the benchmark's own. */
    private static void signIn(ConfigurableApplicationContext app) {
        SecurityContextHolder.setContextHolderStrategy(app.getBean(SecurityContextHolderStrategy.class));
        String email = "benchmark-client@example.org";
        var accounts = app.getBean(AccountService.class);
        try {
            accounts.signUp(new SignUpRequest("Benchmark Client", email, "copper kettle mountain", Role.CLIENT));
        } catch (RuntimeException alreadyThere) {
            // The second node finds the account the first one created.
        }
        TestAccounts.signInAs(app.getBean(UserDetailsService.class), email);
    }

    private static String massIndex(String backend, ConfigurableApplicationContext app) throws InterruptedException {
        var mapping = Search.mapping(app.getBean(EntityManagerFactory.class));
        var cells = new ArrayList<String>();
        for (Class<?> type : List.of(Job.class, FreelancerProfile.class)) {
            long t0 = System.nanoTime();
            // As the application's rebuild does (ReindexJob): merged into one segment at the end.
            mapping.scope(type).massIndexer().threadsToLoadObjects(2).batchSizeToLoadObjects(200)
                    .purgeAllOnStart(true).mergeSegmentsOnFinish(true).startAndWait();
            double seconds = (System.nanoTime() - t0) / 1e9;
            int count = type == Job.class ? JOBS : PROFILES;
            cells.add(String.format(Locale.ROOT, "%,d in %.1f s (%,.0f documents/s)", count, seconds, count / seconds));
        }
        return "| " + backend + " | " + String.join(" | ", cells) + " |\n";
    }

    private String runAll(String backend, ConfigurableApplicationContext app, List<Timed> jobMix, List<Timed> talentMix)
            throws Exception {
        var jobs = app.getBean(JobSearchService.class);
        var talent = app.getBean(TalentSearchService.class);
        var out = new StringBuilder("\n## " + backend + "\n\n| Queries | p50 ms | p95 ms | p99 ms | queries/s | hits (avg) |\n"
                + "|---|---|---|---|---|---|\n");
        var jobStats = measure(jobMix, q -> jobs.search(q.job()).total());
        out.append(jobStats.row("Job mix (all kinds)"));
        for (String kind : kinds(jobMix)) {
            out.append(measure(only(jobMix, kind), q -> jobs.search(q.job()).total()).row("  " + kind));
        }
        var talentStats = measure(talentMix, q -> talent.search(q.talent()).total());
        out.append(talentStats.row("Talent mix (all kinds)"));
        double parallel = parallel(jobMix, q -> jobs.search(q.job()).total());
        report.put(backend, jobStats.summary() + String.format(Locale.ROOT, " | %.0f", parallel));
        return out.toString();
    }

    private String postgres(DataSource dataSource, List<Timed> jobMix) throws Exception {
        var out = new StringBuilder("\n## PostgreSQL baseline\n\n");
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            boolean trigrams;
            try {
                st.execute("create extension if not exists pg_trgm");
                trigrams = true;
            } catch (SQLException e) {
                trigrams = false;
            }
            long t0 = System.nanoTime();
            st.execute("alter table job add column bench_tsv tsvector generated always as ("
                    + "setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', description), 'C')) stored");
            st.execute("create index bench_job_tsv on job using gin (bench_tsv)");
            st.execute("create index bench_job_filters on job (category_code, type, experience_level, published_at)");
            st.execute("create index bench_job_geo on job (onsite_latitude, onsite_longitude) where location_kind = 'ON_SITE'");
            st.execute("create index bench_job_skill on job_skill (skill_slug, job_id)");
            if (trigrams) {
                // The vocabulary of the jobs, for correcting typed words by trigram similarity (pg_trgm's documented way).
                st.execute("create table bench_words as select word from ts_stat('select bench_tsv from job')");
                st.execute("create index bench_words_trgm on bench_words using gin (word gin_trgm_ops)");
            }
            st.execute("analyze");
            out.append(String.format(Locale.ROOT, "pg_trgm available: %s. Indexes (tsvector GIN, filters, geo box, skills%s) "
                    + "built in %.1f s.%n%n", trigrams ? "yes" : "no, typos are not corrected",
                    trigrams ? ", trigram vocabulary" : "", (System.nanoTime() - t0) / 1e9));
            var pg = new PostgresSearch(c, trigrams);
            var stats = measure(jobMix, q -> pg.search(q.job()));
            out.append("| Queries | p50 ms | p95 ms | p99 ms | queries/s | hits (avg) |\n|---|---|---|---|---|---|\n");
            out.append(stats.row("Job mix (all kinds)"));
            for (String kind : kinds(jobMix)) {
                out.append(measure(only(jobMix, kind), q -> pg.search(q.job())).row("  " + kind));
            }
            double parallel;
            try (Connection c2 = dataSource.getConnection()) {
                var pg2 = new PostgresSearch(c2, trigrams);
                var both = List.of(pg, pg2);
                parallel = parallel(jobMix, q -> both.get((int) (Thread.currentThread().threadId() % 2)).search(q.job()));
            }
            report.put("PostgreSQL", stats.summary() + String.format(Locale.ROOT, " | %.0f", parallel));
            st.execute("drop table if exists bench_words");
            st.execute("alter table job drop column bench_tsv");
        }
        return out.toString();
    }

    private static List<String> kinds(List<Timed> mix) {
        return mix.stream().map(Timed::kind).distinct().toList();
    }

    private static List<Timed> only(List<Timed> mix, String kind) {
        return mix.stream().filter(t -> t.kind().equals(kind)).toList();
    }

    /** Warm-up, then each query of the mix once, timed one by one on this thread. */
    private static Stats measure(List<Timed> mix, CheckedFunction<Timed, Long> run) throws Exception {
        for (int i = 0; i < Math.min(WARM_UP, mix.size()); i++) {
            run.apply(mix.get(i));
        }
        var nanos = new long[mix.size()];
        long hits = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < mix.size(); i++) {
            long s = System.nanoTime();
            hits += run.apply(mix.get(i));
            nanos[i] = System.nanoTime() - s;
        }
        long total = System.nanoTime() - t0;
        Arrays.sort(nanos);
        return new Stats(nanos, total, hits);
    }

    /** The whole mix on two threads (this machine's cores): queries per second of wall-clock time. */
    private static double parallel(List<Timed> mix, CheckedFunction<Timed, Long> run) throws Exception {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var auth = strategy.getContext().getAuthentication();
        try (var pool = Executors.newFixedThreadPool(2)) {
            var tasks = new ArrayList<Callable<Long>>();
            for (int t = 0; t < 2; t++) {
                int part = t;
                tasks.add(() -> {
                    var context = strategy.createEmptyContext();
                    context.setAuthentication(auth);
                    strategy.setContext(context);
                    long n = 0;
                    for (int i = part; i < mix.size(); i += 2) {
                        n += run.apply(mix.get(i));
                    }
                    return n;
                });
            }
            long t0 = System.nanoTime();
            for (var f : pool.invokeAll(tasks)) {
                f.get();
            }
            return mix.size() / ((System.nanoTime() - t0) / 1e9);
        }
    }

    @FunctionalInterface
    interface CheckedFunction<T, R> {
        R apply(T t) throws Exception;
    }

    record Stats(long[] sortedNanos, long totalNanos, long hits) {

        double percentile(double p) {
            int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.clamp(i, 0, sortedNanos.length - 1)] / 1e6;
        }

        double qps() {
            return sortedNanos.length / (totalNanos / 1e9);
        }

        String row(String label) {
            return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.0f | %,d |%n", label, percentile(50),
                    percentile(95), percentile(99), qps(), hits / Math.max(1, sortedNanos.length));
        }

        String summary() {
            return String.format(Locale.ROOT, "%.1f ms | %.1f ms | %.1f ms | %.0f", percentile(50), percentile(95),
                    percentile(99), qps());
        }
    }

    /** One query of a mix, with what kind of query it is. */
    record Timed(String kind, JobQuery job, TalentQuery talent) {}

    /**
     * The same job search as {@link JobSearchService} in SQL: typed words corrected against the jobs' vocabulary
     * by trigram similarity, full text through the tsvector index ranked by {@code ts_rank}, the filters, then the
     * total and the facet counts (category, type, experience, skills, budget ranges) as the engine returns them.
     * The engine counts each active filter's facet without that filter (one query more per filter); the baseline
     * counts every facet with all filters, which is less work, so the comparison favours PostgreSQL.
     */
    static final class PostgresSearch {

        private final Connection c;
        private final boolean trigrams;

        PostgresSearch(Connection c, boolean trigrams) {
            this.c = c;
            this.trigrams = trigrams;
        }

        long search(JobQuery q) throws SQLException {
            var where = new StringBuilder("j.state = 'OPEN' and j.visibility = 'PUBLIC'");
            var params = new ArrayList<Object>();
            String tsquery = tsquery(q.text());
            if (q.text() != null && tsquery == null) {
                return 0;
            }
            if (tsquery != null) {
                where.append(" and j.bench_tsv @@ to_tsquery('simple', ?)");
                params.add(tsquery);
            }
            if (q.category() != null) {
                where.append(" and j.category_code = ?");
                params.add(q.category());
            }
            if (!q.skills().isEmpty()) {
                where.append(" and exists (select 1 from job_skill s where s.job_id = j.id and s.skill_slug = any (?))");
                params.add(q.skills().toArray(String[]::new));
            }
            if (q.type() != null) {
                where.append(" and j.type = ?");
                params.add(q.type().name());
            }
            if (q.budgetMin() != null || q.budgetMax() != null) {
                where.append(" and j.type = 'FIXED' and j.currency = ? and j.budget_minor between ? and ?");
                params.add(q.currency());
                params.add(q.budgetMin() == null ? 0 : q.budgetMin() * 100);
                params.add(q.budgetMax() == null ? Long.MAX_VALUE : q.budgetMax() * 100);
            }
            if (!q.experience().isEmpty()) {
                where.append(" and j.experience_level = any (?)");
                params.add(q.experience().stream().map(Enum::name).toArray(String[]::new));
            }
            if (q.postedWithin() != null) {
                where.append(" and j.published_at >= ?");
                params.add(java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(q.postedWithin().days()))));
            }
            if (q.remote()) {
                where.append(" and j.location_kind in ('ANYWHERE', 'COUNTRIES')");
            }
            var near = q.near();
            if (near != null) {
                double dLat = near.radiusKm() / 111.0;
                double dLon = near.radiusKm() / (111.0 * Math.cos(Math.toRadians(near.latitude())));
                where.append(" and j.location_kind = 'ON_SITE' and j.onsite_latitude between ? and ?"
                        + " and j.onsite_longitude between ? and ?"
                        + " and 6371 * 2 * asin(sqrt(power(sin(radians(j.onsite_latitude - ?) / 2), 2)"
                        + " + cos(radians(?)) * cos(radians(j.onsite_latitude))"
                        + " * power(sin(radians(j.onsite_longitude - ?) / 2), 2))) <= ?");
                params.addAll(List.of(near.latitude() - dLat, near.latitude() + dLat, near.longitude() - dLon,
                        near.longitude() + dLon, near.latitude(), near.latitude(), near.longitude(), near.radiusKm()));
            }
            String rank = tsquery == null ? "0" : "ts_rank(j.bench_tsv, to_tsquery('simple', ?))";
            String order = q.sort() == JobQuery.Sort.NEWEST || tsquery == null
                    ? "j.published_at desc, j.id desc" : "r desc, j.published_at desc, j.id desc";
            var hitParams = new ArrayList<>();
            if (tsquery != null) {
                hitParams.add(tsquery);
            }
            hitParams.addAll(params);
            consume("select j.id, j.title, j.description, " + rank + " r from job j where " + where + " order by " + order
                    + " limit 20", hitParams);
            long total = count("select count(*) from job j where " + where, params);
            consume("select j.category_code, count(*) from job j where " + where + " group by 1", params);
            consume("select j.type, count(*) from job j where " + where + " group by 1", params);
            consume("select j.experience_level, count(*) from job j where " + where + " group by 1", params);
            consume("select s.skill_slug, count(*) from job j join job_skill s on s.job_id = j.id where " + where
                    + " group by 1 order by 2 desc limit 30", params);
            consume("select width_bucket(j.budget_minor, array[0, 10000, 50000, 100000, 500000]), count(*) from job j"
                    + " where " + where + " and j.type = 'FIXED' group by 1", params);
            return total;
        }

        /** Each word must match; a word of four letters or more may be any of its three closest vocabulary words. */
        private String tsquery(String text) throws SQLException {
            if (text == null || text.isBlank()) {
                return null;
            }
            var clauses = new ArrayList<String>();
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                var options = new ArrayList<String>();
                try (var s = c.prepareStatement("select unnest(lexemes) from ts_debug('english', ?) where lexemes is not null")) {
                    s.setString(1, word);
                    try (var rs = s.executeQuery()) {
                        while (rs.next()) {
                            options.add(rs.getString(1));
                        }
                    }
                }
                if (options.isEmpty()) {
                    continue; // a stop word
                }
                if (trigrams && word.length() >= 4) {
                    try (var s = c.prepareStatement(
                            "select word from bench_words where word % ? order by similarity(word, ?) desc limit 3")) {
                        s.setString(1, word);
                        s.setString(2, word);
                        try (var rs = s.executeQuery()) {
                            while (rs.next()) {
                                options.add(rs.getString(1));
                            }
                        }
                    }
                }
                clauses.add("(" + String.join(" | ", options.stream().distinct().map(o -> "'" + o.replace("'", "") + "'")
                        .toList()) + ")");
            }
            return clauses.isEmpty() ? null : String.join(" & ", clauses);
        }

        private void consume(String sql, List<Object> params) throws SQLException {
            try (PreparedStatement s = prepare(sql, params); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }

        private long count(String sql, List<Object> params) throws SQLException {
            try (PreparedStatement s = prepare(sql, params); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
            var s = c.prepareStatement(sql);
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof String[] array) {
                    s.setArray(i + 1, c.createArrayOf("varchar", array));
                } else {
                    s.setObject(i + 1, p);
                }
            }
            return s;
        }
    }

    /**
     * Realistic data with a fixed seed: skills by a Zipf-like popularity (a few skills in most jobs), categories
     * following the skills, budgets and rates log-normal, places by city popularity, publication dates mostly
     * recent, a tenth of the jobs closed or drafts and a few invite-only.
     */
    static final class Generator {

        private final Taxonomy taxonomy;
        private final Random random;
        private final List<Skill> skills;
        private final double[] skillWeights;
        private final List<Place> places;
        private final double[] placeWeights;
        private static final List<String> ROLES = List.of("developer", "expert", "specialist", "engineer", "consultant",
                "designer", "freelancer", "partner");
        private static final List<String> GOALS = List.of("for a SaaS dashboard", "for our online shop",
                "to build an MVP", "for a marketing website", "for a data migration", "to fix bugs",
                "for an internal tool", "for a mobile app launch", "to speed up our API", "for a startup");
        private static final List<String> SENTENCES = List.of(
                "We are a small team looking for help with %s.", "You will work closely with our product owner on %s.",
                "Experience with %s is essential, %s is a plus.", "The project starts next week and needs %s.",
                "Please describe a similar project you did with %s.", "Clean code, tests and good communication matter.",
                "We pay on time and give clear feedback on every milestone.", "Remote work is fine; overlap with "
                        + "European hours helps.", "Our stack already includes %s and %s.",
                "Bonus if you have shipped %s to production before.");

        Generator(Taxonomy taxonomy, Random random) {
            this.taxonomy = taxonomy;
            this.random = random;
            this.skills = new ArrayList<>(taxonomy.skills());
            java.util.Collections.shuffle(skills, new Random(SEED));
            this.skillWeights = zipf(skills.size(), 1.1);
            this.places = new ArrayList<>(taxonomy.places());
            java.util.Collections.shuffle(places, new Random(SEED + 3));
            this.placeWeights = zipf(places.size(), 0.9);
        }

        private static double[] zipf(int n, double s) {
            var cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                cumulative[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= sum;
            }
            return cumulative;
        }

        private static int pick(double[] cumulative, Random r) {
            int i = Arrays.binarySearch(cumulative, r.nextDouble());
            return Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1);
        }

        private List<Skill> skillSet(Random r, int min, int max) {
            int n = min + r.nextInt(max - min + 1);
            var chosen = new java.util.LinkedHashSet<Skill>();
            while (chosen.size() < n) {
                chosen.add(skills.get(pick(skillWeights, r)));
            }
            return List.copyOf(chosen);
        }

        private Place place(Random r) {
            return places.get(pick(placeWeights, r));
        }

        private static long logNormal(Random r, double median, double sigma, long min, long max) {
            return Math.clamp(Math.round(Math.exp(Math.log(median) + sigma * r.nextGaussian())), min, max);
        }

        void write(DataSource dataSource) throws SQLException, IOException {
            try (Connection c = dataSource.getConnection()) {
                var copy = c.unwrap(PGConnection.class).getCopyAPI();
                var users = new StringBuilder();
                var roles = new StringBuilder();
                for (int i = 1; i <= CLIENTS + PROFILES; i++) {
                    users.append(i).append(",bench").append(i).append("@example.org,Member ").append(i)
                            .append(",x,2025-01-01T00:00:00Z\n");
                    roles.append(i).append(',').append(i <= CLIENTS ? "CLIENT" : "FREELANCER").append('\n');
                }
                copy.copyIn("copy account_user (id, email, display_name, password_hash, created_at) from stdin (format csv)",
                        new StringReader(users.toString()));
                copy.copyIn("copy account_user_role (user_id, role) from stdin (format csv)", new StringReader(roles.toString()));
                try (var st = c.createStatement()) {
                    st.execute("select setval(pg_get_serial_sequence('account_user', 'id'), (select max(id) from account_user))");
                }

                var jobs = new StringBuilder();
                var jobSkills = new StringBuilder();
                var jobCountries = new StringBuilder();
                Instant now = Instant.now();
                var countries = places.stream().map(Place::countryCode).distinct().toList();
                for (int id = 1; id <= JOBS; id++) {
                    var set = skillSet(random, 1, 5);
                    Skill main = set.getFirst();
                    boolean fixed = random.nextDouble() < 0.65;
                    String level = ExperienceLevel.values()[pick(new double[] {0.3, 0.8, 1.0}, random)].name();
                    double stateRoll = random.nextDouble();
                    String state = stateRoll < 0.90 ? "OPEN" : stateRoll < 0.97 ? "CLOSED" : "DRAFT";
                    String visibility = random.nextDouble() < 0.95 ? "PUBLIC" : "INVITE_ONLY";
                    Instant published = now.minus(Duration.ofMinutes((long) (-Math.log(1 - random.nextDouble()) * 20 * 24 * 60)));
                    Instant created = published.minus(Duration.ofHours(1 + random.nextInt(48)));
                    double locationRoll = random.nextDouble();
                    String kind = locationRoll < 0.70 ? "ANYWHERE" : locationRoll < 0.85 ? "COUNTRIES" : "ON_SITE";
                    Place site = kind.equals("ON_SITE") ? place(random) : null;
                    String title = (random.nextBoolean() ? "Senior " : "") + main.name() + " "
                            + ROLES.get(random.nextInt(ROLES.size())) + " " + GOALS.get(random.nextInt(GOALS.size()));
                    var description = new StringBuilder();
                    int sentences = 2 + random.nextInt(4);
                    for (int s = 0; s < sentences; s++) {
                        String template = SENTENCES.get(random.nextInt(SENTENCES.size()));
                        Skill a = set.get(random.nextInt(set.size()));
                        Skill b = skills.get(pick(skillWeights, random));
                        description.append(String.format(template, a.name(), b.name())).append(' ');
                    }
                    long budget = logNormal(random, 800, 1.0, 20, 100_000) * 100;
                    long rateMin = logNormal(random, 30, 0.5, 5, 300) * 100;
                    long rateMax = Math.round(rateMin * (1.2 + random.nextDouble() * 0.8));
                    jobs.append(id).append(',').append(1 + random.nextInt(CLIENTS)).append(',')
                            .append(csv(title.length() > 120 ? title.substring(0, 120) : title)).append(',')
                            .append(csv(description.toString().strip())).append(',').append(main.categoryCode()).append(',')
                            .append(fixed ? "FIXED" : "HOURLY").append(",USD,")
                            .append(fixed ? budget : "").append(',').append(fixed ? "" : rateMin).append(',')
                            .append(fixed ? "" : rateMax).append(',').append(level).append(",LESS_THAN_MONTH,")
                            .append(state).append(',').append(created).append(',')
                            .append(state.equals("DRAFT") ? "" : published).append(',')
                            .append(state.equals("CLOSED") ? "CANCELLED" : "").append(',')
                            .append(state.equals("CLOSED") ? now : "").append(',').append(kind).append(',')
                            .append(site == null ? "" : csv(site.city())).append(',')
                            .append(site == null ? "" : site.countryCode()).append(',')
                            .append(site == null ? "" : site.latitude()).append(',')
                            .append(site == null ? "" : site.longitude()).append(',')
                            .append(site == null ? 0 : 25 + random.nextInt(100)).append(',').append(visibility).append('\n');
                    for (int s = 0; s < set.size(); s++) {
                        jobSkills.append(id).append(',').append(set.get(s).slug()).append(',').append(s).append('\n');
                    }
                    if (kind.equals("COUNTRIES")) {
                        var chosen = new java.util.TreeSet<String>();
                        int n = 1 + random.nextInt(3);
                        while (chosen.size() < n) {
                            chosen.add(countries.get(random.nextInt(countries.size())));
                        }
                        for (String cc : chosen) {
                            jobCountries.append(id).append(',').append(cc).append('\n');
                        }
                    }
                }
                copy.copyIn("copy job (id, client_id, title, description, category_code, type, currency, budget_minor,"
                        + " rate_min_minor, rate_max_minor, experience_level, duration, state, created_at, published_at,"
                        + " close_reason, closed_at, location_kind, onsite_city, onsite_country_code, onsite_latitude,"
                        + " onsite_longitude, radius_km, visibility) from stdin (format csv)", new StringReader(jobs.toString()));
                copy.copyIn("copy job_skill (job_id, skill_slug, position) from stdin (format csv)",
                        new StringReader(jobSkills.toString()));
                copy.copyIn("copy job_country (job_id, country_code) from stdin (format csv)",
                        new StringReader(jobCountries.toString()));
                try (var st = c.createStatement()) {
                    st.execute("select setval(pg_get_serial_sequence('job', 'id'), (select max(id) from job))");
                }

                var profiles = new StringBuilder();
                var profileSkills = new StringBuilder();
                var languages = new StringBuilder();
                for (int i = 1; i <= PROFILES; i++) {
                    long user = CLIENTS + i;
                    var set = skillSet(random, 3, 10);
                    Place home = place(random);
                    String level = ExperienceLevel.values()[pick(new double[] {0.25, 0.75, 1.0}, random)].name();
                    String title = set.getFirst().name() + " " + ROLES.get(random.nextInt(ROLES.size()));
                    var overview = new StringBuilder("I help teams with ");
                    overview.append(String.join(", ", set.stream().map(Skill::name).toList())).append(". ");
                    overview.append(String.format(SENTENCES.get(random.nextInt(SENTENCES.size())), set.getLast().name(),
                            set.getFirst().name()));
                    profiles.append(user).append(',').append(csv(title)).append(',').append(csv(overview.toString()))
                            .append(',').append(logNormal(random, 35, 0.6, 5, 500) * 100).append(",USD,").append(level)
                            .append(',').append(csv(home.city())).append(',').append(home.countryCode()).append(',')
                            .append(home.latitude()).append(',').append(home.longitude()).append(',')
                            .append(home.timeZone()).append(',').append(5 + random.nextInt(36)).append(',')
                            .append(random.nextDouble() < 0.4).append(',')
                            .append(now.minus(Duration.ofDays(random.nextInt(1_000)))).append('\n');
                    for (int s = 0; s < set.size(); s++) {
                        profileSkills.append(user).append(',').append(set.get(s).slug()).append(',').append(s).append('\n');
                    }
                    languages.append(user).append(",0,en,FLUENT\n");
                    if (random.nextDouble() < 0.5) {
                        languages.append(user).append(",1,").append(List.of("de", "fr", "es", "pt", "hi", "pl", "it")
                                .get(random.nextInt(7))).append(",NATIVE\n");
                    }
                }
                copy.copyIn("copy profile_freelancer (user_id, title, overview, hourly_rate_minor, currency,"
                        + " experience_level, city, country_code, latitude, longitude, time_zone, hours_per_week,"
                        + " available_now, created_at) from stdin (format csv)", new StringReader(profiles.toString()));
                copy.copyIn("copy profile_freelancer_skill (user_id, skill_slug, position) from stdin (format csv)",
                        new StringReader(profileSkills.toString()));
                copy.copyIn("copy profile_freelancer_language (user_id, position, language_code, level) from stdin"
                        + " (format csv)", new StringReader(languages.toString()));
                try (var st = c.createStatement()) {
                    st.execute("analyze");
                }
            }
        }

        private static String csv(String value) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }

        /** The job query mix: five kinds, equally often, in random order. */
        List<Timed> jobMix(Random r) {
            var mix = new ArrayList<Timed>();
            var base = JobQuery.all();
            for (int i = 0; i < MEASURED; i++) {
                Skill skill = skills.get(pick(skillWeights, r));
                Skill other = skills.get(pick(skillWeights, r));
                JobQuery q;
                String kind;
                switch (i % 5) {
                    case 0 -> {
                        kind = "typo text";
                        q = base.withText(TYPOS.get(r.nextInt(TYPOS.size())));
                    }
                    case 1 -> {
                        kind = "text + category + budget";
                        long min = List.of(100L, 250L, 500L).get(r.nextInt(3));
                        q = base.withText(skill.name()).withCategory(skill.categoryCode()).withBudget("USD", min, min * 10);
                    }
                    case 2 -> {
                        kind = "two skills + experience";
                        q = base.withSkills(List.of(skill.slug(), other.slug()))
                                .withExperience(Set.of(ExperienceLevel.values()[r.nextInt(3)]));
                    }
                    case 3 -> {
                        kind = "geo radius + type";
                        Place p = place(r);
                        q = base.withNear(new JobQuery.Near(p.latitude(), p.longitude(), 100))
                                .withType(r.nextBoolean() ? JobType.FIXED : JobType.HOURLY);
                    }
                    default -> {
                        kind = "word + remote + last week, newest";
                        q = base.withText(COMMON.get(r.nextInt(COMMON.size()))).withRemote(true)
                                .withPostedWithin(JobQuery.PostedWithin.WEEK).withSort(JobQuery.Sort.NEWEST);
                    }
                }
                mix.add(new Timed(kind, q, TalentQuery.all()));
            }
            java.util.Collections.shuffle(mix, r);
            return mix;
        }

        /** The talent query mix: typo text, skills with a rate range, near a city and available. */
        List<Timed> talentMix(Random r) {
            var mix = new ArrayList<Timed>();
            for (int i = 0; i < MEASURED; i++) {
                Skill skill = skills.get(pick(skillWeights, r));
                TalentQuery q = switch (i % 3) {
                    case 0 -> TalentQuery.all().withText(TYPOS.get(r.nextInt(TYPOS.size())));
                    case 1 -> TalentQuery.all().withSkills(List.of(skill.slug())).withRate("USD", 20L, 80L);
                    default -> {
                        Place p = place(r);
                        yield TalentQuery.all().withNear(new TalentQuery.Near(p.latitude(), p.longitude(), 200))
                                .withAvailability(true, null);
                    }
                };
                mix.add(new Timed("talent", JobQuery.all(), q));
            }
            java.util.Collections.shuffle(mix, r);
            return mix;
        }
    }
}
