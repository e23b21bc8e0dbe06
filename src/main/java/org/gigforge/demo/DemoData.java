package org.gigforge.demo;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.account.seed.MemberSeeder;
import org.gigforge.account.seed.MemberSeeder.SeedMember;
import org.gigforge.job.JobLocation;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.job.seed.JobSeeder;
import org.gigforge.job.seed.JobSeeder.JobSeed;
import org.gigforge.platform.BundledTable;
import org.gigforge.platform.GigforgeProperties;
import org.gigforge.platform.Money;
import org.gigforge.platform.RunMode;
import org.gigforge.profile.seed.ProfileSeeder;
import org.gigforge.profile.seed.ProfileSeeder.ClientSeed;
import org.gigforge.profile.seed.ProfileSeeder.FreelancerSeed;
import org.gigforge.subscription.seed.SubscriptionSeeder;
import org.gigforge.taxonomy.ExperienceLevel;
import org.gigforge.taxonomy.Place;
import org.gigforge.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo marketplace once, on the first start against an empty database: the three demo
 * logins, freelancers with profiles, clients with companies, and jobs. A fixed random seed makes the
 * same names, skills, rates and budgets every time; dates are relative to the day of seeding.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoData implements ApplicationRunner {

    /** The password of every demo account (documented in the README). */
    static final String PASSWORD = "gigforge-demo";
    static final String DEMO_CLIENT = "client@demo.gigforge.org";
    static final String DEMO_FREELANCER = "freelancer@demo.gigforge.org";
    static final String DEMO_ADMIN = "admin@demo.gigforge.org";

    static final int FREELANCERS = 70;
    static final int CLIENTS = 36;
    static final int JOBS = 260;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String USD = "USD";

    private final MemberSeeder members;
    private final ProfileSeeder profiles;
    private final JobSeeder jobs;
    private final SubscriptionSeeder subscriptions;
    private final Taxonomy taxonomy;
    private final Clock clock;
    private final boolean enabled;

    DemoData(MemberSeeder members, ProfileSeeder profiles, JobSeeder jobs, SubscriptionSeeder subscriptions,
            Taxonomy taxonomy, Clock clock, GigforgeProperties properties, RunMode runMode) {
        this.subscriptions = subscriptions;
        this.members = members;
        this.profiles = profiles;
        this.jobs = jobs;
        this.taxonomy = taxonomy;
        this.clock = clock;
        Boolean configured = properties.demoData().enabled();
        this.enabled = configured != null ? configured : runMode.embeddedDatabase();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || members.anyMembers()) {
            return;
        }
        long started = System.nanoTime();
        seed();
        log.info("Seeded demo data ({} freelancers, {} clients, {} jobs) in {} ms; demo logins use the password '{}'",
                FREELANCERS, CLIENTS, JOBS, (System.nanoTime() - started) / 1_000_000, PASSWORD);
    }

    private void seed() {
        var random = new Random(20261125L);
        Instant now = clock.instant();
        List<String> firstNames = column("demo/first-names.tsv", 0);
        List<String> lastNames = column("demo/last-names.tsv", 0);
        List<String[]> companies = rows("demo/companies.tsv");
        List<String[]> freelancerProfiles = rows("demo/freelancer-profiles.tsv");
        List<String[]> jobPosts = rows("demo/jobs.tsv");
        List<Place> places = taxonomy.places();

        var people = new ArrayList<SeedMember>();
        people.add(new SeedMember("Maya Lindqvist", DEMO_CLIENT, EnumSet.of(Role.CLIENT), now.minus(Duration.ofDays(200))));
        people.add(new SeedMember("Daniel Okafor", DEMO_FREELANCER, EnumSet.of(Role.FREELANCER), now.minus(Duration.ofDays(190))));
        people.add(new SeedMember("Gigforge Admin", DEMO_ADMIN, EnumSet.of(Role.ADMIN), now.minus(Duration.ofDays(365))));
        Set<String> usedEmails = new HashSet<>();
        for (int i = 0; i < FREELANCERS - 1 + CLIENTS - 1; i++) {
            String first;
            String last;
            String email;
            do {
                first = firstNames.get(random.nextInt(firstNames.size()));
                last = lastNames.get(random.nextInt(lastNames.size()));
                email = ascii(first) + "." + ascii(last) + "@example.com";
            } while (!usedEmails.add(email));
            Role role = i < FREELANCERS - 1 ? Role.FREELANCER : Role.CLIENT;
            people.add(new SeedMember(first + " " + last, email, EnumSet.of(role),
                    now.minus(Duration.ofDays(30 + random.nextInt(700)))));
        }
        List<UserId> ids = members.seed(people, PASSWORD);

        // Freelancers: the demo freelancer (index 1) and the next FREELANCERS - 1.
        var freelancerIds = new ArrayList<UserId>();
        freelancerIds.add(ids.get(1));
        freelancerIds.addAll(ids.subList(3, 3 + FREELANCERS - 1));
        var clientIds = new ArrayList<UserId>();
        clientIds.add(ids.get(0));
        clientIds.addAll(ids.subList(3 + FREELANCERS - 1, ids.size()));

        var freelancerSeeds = new ArrayList<FreelancerSeed>();
        for (int i = 0; i < freelancerIds.size(); i++) {
            String[] profile = freelancerProfiles.get(i % freelancerProfiles.size());
            var level = levelFor(profile[1], random);
            freelancerSeeds.add(new FreelancerSeed(freelancerIds.get(i), profile[1], profile[2], skills(profile[3]),
                    Money.ofMajor(hourlyRate(level, random), USD), level, places.get(random.nextInt(places.size())),
                    10 + 5 * random.nextInt(7), random.nextInt(4) != 0, now.minus(Duration.ofDays(random.nextInt(300)))));
        }
        profiles.seedFreelancers(freelancerSeeds);

        var clientSeeds = new ArrayList<ClientSeed>();
        for (int i = 0; i < clientIds.size(); i++) {
            // Most clients hire for a company, some for themselves.
            String[] company = i % 6 == 5 ? null : companies.get(i % companies.size());
            clientSeeds.add(new ClientSeed(clientIds.get(i), company == null ? null : company[0],
                    company == null ? null : company[1], places.get(random.nextInt(places.size())),
                    now.minus(Duration.ofDays(random.nextInt(300)))));
        }
        profiles.seedClients(clientSeeds);

        var jobSeeds = new ArrayList<JobSeed>();
        for (int i = 0; i < JOBS; i++) {
            String[] post = jobPosts.get(i % jobPosts.size());
            // The demo client owns the first few jobs, so its home is never empty.
            UserId client = i < 6 ? clientIds.getFirst() : clientIds.get(1 + random.nextInt(clientIds.size() - 1));
            var type = JobType.valueOf(post[4]);
            var level = ExperienceLevel.valueOf(post[5]);
            Instant created = now.minus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 45)));
            boolean draft = random.nextInt(12) == 0;
            Money amount;
            Money rateMax = null;
            if (type == JobType.FIXED) {
                amount = Money.ofMajor(budget(level, random), USD);
            } else {
                long low = hourlyRate(level, random);
                amount = Money.ofMajor(low, USD);
                rateMax = Money.ofMajor(low + 5 * (1 + random.nextInt(4)), USD);
            }
            // A realistic mix without touching the random sequence: some jobs are for one country or on site,
            // some ask screening questions.
            Place clientPlace = clientSeeds.stream().filter(c -> c.user().equals(client)).findFirst().orElseThrow().place();
            JobLocation location = i % 9 == 4 ? JobLocation.countries(List.of(clientPlace.countryCode()))
                    : i % 13 == 7 ? JobLocation.onSite(clientPlace.city(), clientPlace.countryCode(), 30)
                    : JobLocation.anywhere();
            List<String> questions = i % 5 == 0 ? SCREENING_QUESTIONS : List.of();
            jobSeeds.add(new JobSeed(client, post[1], post[2].replace("\\n", "\n"), post[0], skills(post[3]), type,
                    amount, rateMax, level, ProjectDuration.valueOf(post[6]), created,
                    draft ? null : created.plus(Duration.ofMinutes(5 + random.nextInt(120))), location, questions));
        }
        jobs.seed(jobSeeds);
        // The demo client posts without a limit and the demo freelancer shows the Plus tools (demo plans: no money).
        subscriptions.subscribe(clientIds.getFirst(), "business");
        subscriptions.subscribe(freelancerIds.getFirst(), "plus");
    }

    private static final List<String> SCREENING_QUESTIONS = List.of(
            "Which similar project have you done? A link helps.",
            "When could you start, and how many hours a week can you give this?");

    private List<String> skills(String pipeSeparated) {
        var result = new LinkedHashSet<String>();
        for (String slug : pipeSeparated.split("\\|")) {
            taxonomy.skill(slug.strip()).ifPresent(skill -> result.add(skill.slug()));
        }
        return List.copyOf(result);
    }

    /** A headline that says "Senior" or "Architect" is not an entry-level freelancer. */
    private static ExperienceLevel levelFor(String title, Random random) {
        String lower = title.toLowerCase(Locale.ROOT);
        if (lower.matches(".*\\b(senior|lead|principal|architect|head)\\b.*")) {
            return ExperienceLevel.EXPERT;
        }
        if (lower.matches(".*\\b(junior|assistant|trainee)\\b.*")) {
            return ExperienceLevel.ENTRY;
        }
        return random.nextInt(3) == 0 ? ExperienceLevel.ENTRY : ExperienceLevel.INTERMEDIATE;
    }

    private static long hourlyRate(ExperienceLevel level, Random random) {
        return switch (level) {
            case ENTRY -> 15 + 5 * random.nextInt(4);
            case INTERMEDIATE -> 30 + 5 * random.nextInt(7);
            case EXPERT -> 65 + 5 * random.nextInt(18);
        };
    }

    private static long budget(ExperienceLevel level, Random random) {
        return switch (level) {
            case ENTRY -> 100 + 50 * random.nextInt(15);
            case INTERMEDIATE -> 500 + 100 * random.nextInt(26);
            case EXPERT -> 2500 + 250 * random.nextInt(50);
        };
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "");
    }

    private static List<String> column(String path, int index) {
        return rows(path).stream().map(r -> r[index]).toList();
    }

    private static List<String[]> rows(String path) {
        return BundledTable.rows(path);
    }
}
