package org.soptrack.core.domain.privacy;

import java.util.UUID;
import org.soptrack.core.domain.shared.Ids;
import org.soptrack.core.domain.shared.Require;

/** Identifies a data-subject request. */
public record SubjectRequestId(UUID value) {

    public SubjectRequestId {
        Require.present("requestId", value);
    }

    public static SubjectRequestId parse(String text) {
        return new SubjectRequestId(Ids.parse("requestId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
