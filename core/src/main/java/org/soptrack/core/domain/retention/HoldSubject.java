package org.soptrack.core.domain.retention;

import java.util.Optional;
import java.util.UUID;

import org.soptrack.core.domain.shared.Require;

/** What a legal hold covers: the whole organization, or one data subject (a member or a customer). */
public record HoldSubject(Kind kind, Optional<UUID> id) {

    /** The kinds of subject. */
    public enum Kind { ORGANIZATION, MEMBER, CUSTOMER }

    public HoldSubject {
        Require.present("subject.kind", kind);
        Require.present("subject.id", id);
        if ((kind == Kind.ORGANIZATION) == id.isPresent()) {
            throw new IllegalArgumentException("An organization hold has no subject id; a member or customer hold has one");
        }
    }

    public static HoldSubject organization() {
        return new HoldSubject(Kind.ORGANIZATION, Optional.empty());
    }

    public static HoldSubject member(UUID id) {
        return new HoldSubject(Kind.MEMBER, Optional.of(id));
    }

    public static HoldSubject customer(UUID id) {
        return new HoldSubject(Kind.CUSTOMER, Optional.of(id));
    }
}
