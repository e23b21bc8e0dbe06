package org.gigforge.platform;

import java.util.List;

/** Input refused at a service boundary, with one problem per field so a form can mark each one. */
public class InvalidInputException extends UserFacingException {

    /** One field's problem: the field name, a message key and its arguments. */
    public record Problem(String field, String messageKey, Object... arguments) {}

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.getFirst().field(), problems.getFirst().messageKey(), problems.getFirst().arguments());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new Problem(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
