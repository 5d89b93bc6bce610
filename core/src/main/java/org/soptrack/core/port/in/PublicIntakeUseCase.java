package org.soptrack.core.port.in;

import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.intake.PublicRequest;
import org.soptrack.core.domain.shared.OperatorId;

/**
 * Demo and support requests from the public forms (R-PUB-1): accepted without an account (the server limits them per
 * address), checked field by field, stored under the retention rule {@code PUBLIC_REQUESTS}, and announced by e-mail
 * to the platform's operators; operators list them.
 */
public interface PublicIntakeUseCase {

    /** What the form sends; each text is checked by {@link PublicRequest}. */
    record Submission(String kind, String name, String dealership, String email, Optional<String> phone,
                      String message) {
    }

    Outcome<PublicRequest> submit(Submission submission);

    /** The newest requests, for an operator. */
    List<PublicRequest> latest(OperatorId operator, int limit);

    /** Sends the operators' notices still due; how many went out. */
    int sendNotices();
}
