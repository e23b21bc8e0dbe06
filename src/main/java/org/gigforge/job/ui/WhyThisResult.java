package org.gigforge.job.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gigforge.job.JobHits.Hit;
import org.gigforge.job.JobLocation;
import org.gigforge.job.JobQuery;
import org.gigforge.job.JobType;
import org.gigforge.platform.Money;
import org.gigforge.platform.ui.Formats;
import org.gigforge.taxonomy.Skill;
import org.gigforge.taxonomy.Taxonomy;
import org.jspecify.annotations.Nullable;

/**
 * "Why this result", in words: which words of the search the job matched (and its relevance score), then each
 * filter of the search it passed, with the job's own value (its budget, its age, its distance).
 */
final class WhyThisResult {

    /** The explanation: the words matched, and the filters passed. */
    record Explanation(String matched, List<String> filters) {}

    private WhyThisResult() {}

    static Explanation explain(Component anchor, Hit hit, JobQuery query, Taxonomy taxonomy, Instant now) {
        String matched;
        if (query.text() == null || query.text().isBlank()) {
            matched = anchor.getTranslation("search.why.no-text", sortName(anchor, query));
        } else if (hit.matchedTerms().isEmpty()) {
            matched = anchor.getTranslation("search.why.fuzzy", score(hit));
        } else {
            matched = anchor.getTranslation("search.why.matched", String.join(", ", hit.matchedTerms()), score(hit));
        }
        var filters = new ArrayList<String>();
        if (query.category() != null) {
            filters.add(anchor.getTranslation("search.why.category",
                    taxonomy.category(query.category()).map(c -> c.name(Formats.locale())).orElse(query.category())));
        }
        if (!query.skills().isEmpty()) {
            var shared = hit.skills().stream().filter(query.skills()::contains)
                    .map(slug -> taxonomy.skill(slug).map(Skill::name).orElse(slug)).toList();
            filters.add(anchor.getTranslation("search.why.skills", String.join(", ", shared)));
        }
        if (query.type() != null) {
            filters.add(anchor.getTranslation("search.why.type", anchor.getTranslation("job.type." + hit.type().name())));
        }
        boolean budget = query.budgetMin() != null || query.budgetMax() != null;
        boolean rate = query.rateMin() != null || query.rateMax() != null;
        if (budget || rate) {
            filters.add(hit.type() == JobType.FIXED
                    ? anchor.getTranslation("search.why.budget", Formats.money(hit.budget()),
                            range(anchor, query.budgetMin(), query.budgetMax(), query.currency()))
                    : anchor.getTranslation("search.why.rate", Formats.money(hit.rateMin()), Formats.money(hit.rateMax()),
                            range(anchor, query.rateMin(), query.rateMax(), query.currency())));
        }
        if (!query.experience().isEmpty()) {
            filters.add(anchor.getTranslation("search.why.experience",
                    anchor.getTranslation("experience." + hit.experienceLevel().name())));
        }
        if (query.paymentVerified()) {
            filters.add(anchor.getTranslation("search.why.verified"));
        }
        if (query.hasHires()) {
            filters.add(anchor.getTranslation("search.why.hires"));
        }
        var postedWithin = query.postedWithin();
        if (postedWithin != null) {
            filters.add(anchor.getTranslation("search.why.posted", Formats.ago(anchor, hit.publishedAt(), now),
                    anchor.getTranslation("search.posted." + postedWithin.name())));
        }
        if (query.remote()) {
            filters.add(anchor.getTranslation("search.why.remote", JobHitCard.where(anchor, hit.location())));
        }
        if (query.country() != null) {
            filters.add(anchor.getTranslation("search.why.country",
                    Locale.of("", query.country()).getDisplayCountry(Formats.locale()),
                    JobHitCard.where(anchor, hit.location())));
        }
        var near = query.near();
        if (near != null && hit.location().kind() == JobLocation.Kind.ON_SITE) {
            var location = hit.location();
            String city = location.city();
            long km = city == null || location.countryCode() == null ? -1 : taxonomy.place(city, location.countryCode())
                    .map(p -> Math.round(distanceKm(p.latitude(), p.longitude(), near.latitude(), near.longitude())))
                    .orElse(-1L);
            filters.add(anchor.getTranslation("search.why.near", city, km, near.radiusKm()));
        }
        var proposals = query.proposals();
        if (proposals != null) {
            filters.add(anchor.getTranslation("search.why.proposals", hit.proposals(),
                    anchor.getTranslation("search.proposals." + proposals.name())));
        }
        return new Explanation(matched, filters);
    }

    private static String score(Hit hit) {
        return String.format(Formats.locale(), "%.2f", hit.score());
    }

    private static String sortName(Component anchor, JobQuery query) {
        return anchor.getTranslation("search.sort." + query.sort().name());
    }

    private static String range(Component anchor, @Nullable Long min, @Nullable Long max, String currency) {
        if (min != null && max != null) {
            return anchor.getTranslation("search.range.between", major(min, currency), major(max, currency));
        }
        return min != null ? anchor.getTranslation("search.range.above", major(min, currency))
                : anchor.getTranslation("search.range.up-to", major(max, currency));
    }

    private static String major(@Nullable Long amount, String currency) {
        return amount == null ? "" : Money.ofMajor(amount, currency).format(Formats.locale());
    }

    /** Great-circle distance (haversine), in kilometres. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
