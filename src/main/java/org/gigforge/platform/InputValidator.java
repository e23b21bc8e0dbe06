package org.gigforge.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks a request record's bean-validation constraints at the service boundary and turns the
 * violations into an {@link InvalidInputException} whose message keys the views translate. Constraint
 * messages are written as {@code "{bundle.key}"}; the constraint's {@code min}/{@code max} become arguments.
 */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    public void check(Object request) {
        var violations = validator.validate(request);
        if (violations.isEmpty()) {
            return;
        }
        List<InvalidInputException.Problem> problems = violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(InputValidator::toProblem)
                .toList();
        throw new InvalidInputException(problems);
    }

    private static InvalidInputException.Problem toProblem(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object[] arguments = attributes.containsKey("max")
                ? new Object[] {attributes.get("max")}
                : attributes.containsKey("min") ? new Object[] {attributes.get("min")} : new Object[0];
        // Problems inside a list or nested record belong to the field that edits the whole list.
        String field = violation.getPropertyPath().toString().split("[.\\[]", 2)[0];
        return new InvalidInputException.Problem(field, key, arguments);
    }
}
