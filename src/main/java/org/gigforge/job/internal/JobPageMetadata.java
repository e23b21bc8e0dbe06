package org.gigforge.job.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobLocation;
import org.gigforge.platform.Markdown;
import org.gigforge.job.JobSummary;
import org.gigforge.job.JobType;
import org.gigforge.platform.Money;
import org.gigforge.profile.ProfileService;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a job's title, description, canonical address, Open Graph tags and a schema.org
 * {@code JobPosting} (Google for Jobs) into the HTML the server sends for {@code /jobs/{id}-{slug}},
 * so search engines and link previews see them without running JavaScript.
 */
@Component
class JobPageMetadata implements VaadinServiceInitListener {

    private static final Pattern JOB_PATH = Pattern.compile("^/jobs/(\\d{1,18})(?:-[a-z0-9-]*)?/?$");
    private static final int DESCRIPTION_LENGTH = 160;

    private final JobService jobs;
    private final ProfileService profiles;
    private final JsonMapper json = JsonMapper.builder().build();

    JobPageMetadata(JobService jobs, ProfileService profiles) {
        this.jobs = jobs;
        this.profiles = profiles;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> openJob(response.getVaadinRequest())
                .ifPresent(job -> describe(response.getDocument(), job, canonical(response.getVaadinRequest(), job))));
    }

    private Optional<JobSummary> openJob(VaadinRequest request) {
        String path = request.getPathInfo();
        if (path == null) {
            return Optional.empty();
        }
        var matcher = JOB_PATH.matcher(path);
        return matcher.matches() ? jobs.openJob(new JobId(Long.parseLong(matcher.group(1)))) : Optional.empty();
    }

    private void describe(Document page, JobSummary job, String url) {
        String description = summary(job.description());
        page.title(job.title() + " · Gigforge");
        var head = page.head();
        // The site-wide description gives way to the job's own.
        head.select("meta[name=description]").remove();
        head.appendElement("meta").attr("name", "description").attr("content", description);
        head.appendElement("link").attr("rel", "canonical").attr("href", url);
        head.appendElement("meta").attr("property", "og:type").attr("content", "website");
        head.appendElement("meta").attr("property", "og:site_name").attr("content", "Gigforge");
        head.appendElement("meta").attr("property", "og:title").attr("content", job.title());
        head.appendElement("meta").attr("property", "og:description").attr("content", description);
        head.appendElement("meta").attr("property", "og:url").attr("content", url);
        // "</" inside a script would end it early; JSON allows the escaped slash.
        String posting = json.writeValueAsString(jobPosting(job, url)).replace("</", "<\\/");
        head.appendElement("script").attr("type", "application/ld+json").appendChild(new DataNode(posting));
    }

    private Map<String, Object> jobPosting(JobSummary job, String url) {
        var posting = new LinkedHashMap<String, Object>();
        posting.put("@context", "https://schema.org/");
        posting.put("@type", "JobPosting");
        posting.put("title", job.title());
        // Google reads the posting's description as HTML: the same sanitised HTML the page shows.
        posting.put("description", Markdown.toSafeHtml(job.description()));
        posting.put("url", url);
        posting.put("identifier", Map.of("@type", "PropertyValue", "name", "Gigforge", "value", job.id().toString()));
        if (job.publishedAt() != null) {
            posting.put("datePosted", job.publishedAt().toString());
        }
        posting.put("employmentType", "CONTRACTOR");
        JobLocation where = job.location();
        switch (where.kind()) {
            case ANYWHERE -> {
                posting.put("jobLocationType", "TELECOMMUTE");
                posting.put("applicantLocationRequirements", Map.of("@type", "Country", "name", "Worldwide"));
            }
            case COUNTRIES -> {
                posting.put("jobLocationType", "TELECOMMUTE");
                posting.put("applicantLocationRequirements", where.countryCodes().stream()
                        .map(code -> Map.of("@type", "Country", "name", code)).toList());
            }
            case ON_SITE -> posting.put("jobLocation", Map.of("@type", "Place", "address", Map.of("@type", "PostalAddress",
                    "addressLocality", String.valueOf(where.city()), "addressCountry", String.valueOf(where.countryCode()))));
        }
        String company = profiles.publicClient(job.clientId()).map(c -> c.companyName()).orElse(null);
        posting.put("hiringOrganization", Map.of("@type", "Organization", "name", company != null ? company : job.clientName()));
        posting.put("directApply", true);
        posting.put("baseSalary", salary(job));
        return posting;
    }

    private static Map<String, Object> salary(JobSummary job) {
        var value = new LinkedHashMap<String, Object>();
        value.put("@type", "QuantitativeValue");
        Money reference;
        if (job.type() == JobType.HOURLY && job.rateMin() != null && job.rateMax() != null) {
            value.put("minValue", job.rateMin().toDecimal());
            value.put("maxValue", job.rateMax().toDecimal());
            value.put("unitText", "HOUR");
            reference = job.rateMin();
        } else {
            Money budget = Objects.requireNonNull(job.budget());
            value.put("value", budget.toDecimal());
            value.put("unitText", "PROJECT");
            reference = budget;
        }
        return Map.of("@type", "MonetaryAmount", "currency", reference.currency().getCurrencyCode(), "value", value);
    }

    private static String summary(String description) {
        String flat = Markdown.toPlainText(description);
        return flat.length() <= DESCRIPTION_LENGTH ? flat : flat.substring(0, DESCRIPTION_LENGTH - 1).strip() + "…";
    }

    /** The absolute address search engines should index, from the request as the client (or proxy) saw it. */
    private static String canonical(VaadinRequest request, JobSummary job) {
        String base = request instanceof VaadinServletRequest servlet
                ? servlet.getHttpServletRequest().getRequestURL().toString()
                        .replaceFirst("(https?://[^/]+).*", "$1") + servlet.getContextPath()
                : "";
        return base + "/" + job.path();
    }
}
