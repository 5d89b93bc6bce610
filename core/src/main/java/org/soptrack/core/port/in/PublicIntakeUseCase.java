package org.soptrack.core.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.intake.PublicRequest;
import org.soptrack.core.domain.intake.PublicRequestReply;
import org.soptrack.core.domain.shared.OperatorId;

/**
 * Demo and support requests from the public forms (R-PUB-1): accepted without an account (the server limits them per
 * address), checked field by field, stored under the retention rule {@code PUBLIC_REQUESTS}, and announced by e-mail
 * to the platform's operators (answering that e-mail reaches the sender); operators list them, read one with its
 * replies, and answer from the platform: the reply is e-mailed to the sender from the deployment's sender, kept with
 * the request, and recorded in the platform audit log.
 */
public interface PublicIntakeUseCase {

    /** What the form sends; each text is checked by {@link PublicRequest}. */
    record Submission(String kind, String name, String dealership, String email, Optional<String> phone,
                      String message) {
    }

    Outcome<PublicRequest> submit(Submission submission);

    /** The newest requests, for an operator. */
    List<PublicRequest> latest(OperatorId operator, int limit);

    /** A request with the replies it got, oldest first. */
    record Conversation(PublicRequest request, List<PublicRequestReply> replies) {
        public Conversation {
            replies = List.copyOf(replies);
        }
    }

    /** One request with its replies, for an operator; not found when it is gone (its year is over). */
    Outcome<Conversation> find(OperatorId operator, UUID requestId);

    /**
     * An operator's answer: checked ({@code message}: not blank, at most 4000 characters), stored with the request and
     * its platform audit entry, and queued for e-mail to the requester; not found when the request is gone.
     */
    Outcome<PublicRequestReply> reply(OperatorId operator, UUID requestId, String message);

    /** Sends the operators' notices and the replies still due; how many went out. */
    int sendNotices();
}
