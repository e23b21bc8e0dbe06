package org.gigforge.api;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gigforge.job.JobQueryParameters;
import org.gigforge.job.JobSearchService;
import org.gigforge.platform.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    /** The problem type of invalid search parameters. */
    static final URI INVALID_PARAMETERS = URI.create("urn:gigforge:problem:invalid-parameters");

    private final JobSearchService search;
    private final I18NProvider messages;

    JobSearchController(JobSearchService search, I18NProvider messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping(value = "/api/v1/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JobSearchResponse> jobs(@RequestParam MultiValueMap<String, String> parameters) {
        var query = JobQueryParameters.parse(parameters).orThrow();
        var found = search.search(query);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .body(JobSearchResponse.of(query, found));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        Locale locale = request.getLocale();
        var errors = new java.util.ArrayList<Map<String, Object>>();
        for (var problem : e.problems()) {
            var error = new LinkedHashMap<String, Object>();
            error.put("parameter", JobQueryParameters.parameterOf(problem.field()));
            error.put("message", messages.getTranslation(problem.messageKey(), locale, problem.arguments()));
            errors.add(error);
        }
        List<String> names = errors.stream().map(error -> (String) error.get("parameter")).distinct().toList();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getTranslation("api.problem.invalid-parameters.detail", locale, String.join(", ", names)));
        problem.setType(INVALID_PARAMETERS);
        problem.setTitle(messages.getTranslation("api.problem.invalid-parameters", locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
