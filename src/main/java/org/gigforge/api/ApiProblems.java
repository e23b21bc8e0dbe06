package org.gigforge.api;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gigforge.job.JobQueryParameters;
import org.gigforge.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 problem details, written by the API itself: Spring MVC's own errors (wrong
 * method, unacceptable media type …) through {@link ResponseEntityExceptionHandler}, invalid parameters with one
 * entry per parameter, anything unexpected as a 500 without internals. Nothing is left to the servlet
 * container's error page, which belongs to the UI.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    /** The problem type of invalid search parameters. */
    static final URI INVALID_PARAMETERS = URI.create("urn:gigforge:problem:invalid-parameters");

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final I18NProvider messages;

    ApiProblems(I18NProvider messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        Locale locale = request.getLocale();
        var errors = new ArrayList<Map<String, Object>>();
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

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e, HttpServletRequest request) {
        log.error("API request {} failed", request.getRequestURI(), e);
        var problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
