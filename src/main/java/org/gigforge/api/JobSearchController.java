package org.gigforge.api;

import org.gigforge.job.JobQueryParameters;
import org.gigforge.job.JobSearchService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/jobs}: job search for integrators, with the parameters of the Find work page's address
 * ({@link JobQueryParameters}) and the same search service. Anyone may call it; it only ever returns open, public
 * jobs. Invalid parameters get a 400 with RFC 9457 problem details naming each parameter.
 */
@RestController
class JobSearchController {

    private final JobSearchService search;

    JobSearchController(JobSearchService search) {
        this.search = search;
    }

    @GetMapping(value = "/api/v1/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JobSearchResponse> jobs(@RequestParam MultiValueMap<String, String> parameters) {
        var query = JobQueryParameters.parse(parameters).orThrow();
        var found = search.search(query);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .body(JobSearchResponse.of(query, found));
    }
}
