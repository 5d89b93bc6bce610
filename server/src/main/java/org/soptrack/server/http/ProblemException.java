package org.soptrack.server.http;

/** A refusal decided before a use case runs, answered as its problem by {@link ProblemHandler}. */
final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
