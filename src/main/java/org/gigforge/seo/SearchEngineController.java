package org.gigforge.seo;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.gigforge.job.JobService;
import org.gigforge.job.JobSummary;
import org.gigforge.profile.ProfileService;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /robots.txt} and {@code /sitemap.xml}: the landing page, every open job and every public
 * freelancer profile; private areas are kept out of the index.
 */
@RestController
class SearchEngineController {

    /** The sitemap protocol's limit for one file. */
    static final int MAX_URLS = 50_000;

    private final JobService jobs;
    private final ProfileService profiles;

    SearchEngineController(JobService jobs, ProfileService profiles) {
        this.jobs = jobs;
        this.profiles = profiles;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots(HttpServletRequest request) {
        return String.join("\n",
                "User-agent: *",
                "Allow: /",
                "Disallow: /account",
                "Disallow: /admin/",
                "Disallow: /client/",
                "Disallow: /proposals",
                "Disallow: /profile",
                "Disallow: /login",
                "Disallow: /signup",
                "Sitemap: " + base(request) + "/sitemap.xml",
                "");
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap(HttpServletRequest request) {
        String base = base(request);
        var urls = new ArrayList<String>();
        urls.add(base + "/");
        for (int page = 0; urls.size() < MAX_URLS; page++) {
            List<JobSummary> open = jobs.openJobs(null, PageRequest.of(page, JobService.MAX_PAGE_SIZE));
            open.forEach(job -> urls.add(base + "/" + job.path()));
            if (open.size() < JobService.MAX_PAGE_SIZE) {
                break;
            }
        }
        profiles.publicProfilePaths(MAX_URLS - urls.size()).forEach(path -> urls.add(base + "/" + path));
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        urls.stream().limit(MAX_URLS).forEach(url -> xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(url))
                .append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }

    /** Scheme, host and context path as the client (or the proxy in front) addressed us. */
    private static String base(HttpServletRequest request) {
        return request.getRequestURL().toString().replaceFirst("(https?://[^/]+).*", "$1") + request.getContextPath();
    }
}
