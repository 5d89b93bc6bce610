package org.soptrack.core.port.in;

import java.util.Set;
import org.soptrack.core.domain.shared.PhoneNumber;

/**
 * A customer opts out without staff (R-NOT-2): the one-click link every customer e-mail carries stops e-mail to them,
 * with no sign-in; an SMS reply the provider reports ({@link #STOP_WORDS}) stops SMS to every customer with that
 * number, and {@link #START_WORDS} starts it again. Each change is audited, by the system on the customer's word.
 */
public interface CustomerOptOutUseCase {

    /** The carriers' opt-out words (CTIA), read case-insensitively as the whole reply. */
    Set<String> STOP_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT");
    Set<String> START_WORDS = Set.of("START", "UNSTOP", "YES");

    /** What the unsubscribe page shows: who sends, to which address (masked), and whether it is stopped already. */
    record Target(String organization, String address, boolean unsubscribed) {
    }

    /** The target of a link, changing nothing (a page may be fetched by a mail scanner); {@code link-invalid}. */
    Outcome<Target> describe(String token);

    /** Stops e-mail to the link's customer; doing it twice changes nothing the second time. */
    Outcome<Target> unsubscribe(String token);

    /** A reply from {@code from}: how many customers' SMS preference it changed (0 for any other text). */
    Outcome<Integer> smsReply(PhoneNumber from, String text);
}
