package org.soptrack.core.domain.shared;

import java.util.UUID;

/** Identifies a member (a staff user of one organization). */
public record MemberId(UUID value) {

    public MemberId {
        Require.present("memberId", value);
    }

    public static MemberId of(UUID value) {
        return new MemberId(value);
    }

    /** Parses the canonical UUID text form. */
    public static MemberId parse(String text) {
        return new MemberId(Ids.parse("memberId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
