package org.soptrack.core.domain.sop;

import java.util.UUID;
import org.soptrack.core.domain.shared.Ids;
import org.soptrack.core.domain.shared.Require;

/** Identifies one logged contact attempt. */
public record ContactAttemptId(UUID value) {

    public ContactAttemptId {
        Require.present("contactAttemptId", value);
    }

    public static ContactAttemptId parse(String text) {
        return new ContactAttemptId(Ids.parse("contactAttemptId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
