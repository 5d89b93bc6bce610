package org.soptrack.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.port.out.OneTimeCodePort;

/** A {@link OneTimeCodePort} that keeps what it was asked to send, for tests to read the codes back. */
public final class RecordedCodes implements OneTimeCodePort {

    private final List<OneTimeCode> sent = new ArrayList<>();

    @Override
    public synchronized void send(OneTimeCode code) {
        sent.add(code);
    }

    public synchronized List<OneTimeCode> sent() {
        return List.copyOf(sent);
    }

    /** The latest code sent to {@code member}. */
    public synchronized OneTimeCode latestFor(MemberId member) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).member().equals(member)) {
                return sent.get(i);
            }
        }
        throw new NoSuchElementException("no code was sent to member " + member);
    }
}
