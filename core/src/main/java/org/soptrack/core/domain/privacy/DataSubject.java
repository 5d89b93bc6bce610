package org.soptrack.core.domain.privacy;

import java.util.UUID;
import org.soptrack.core.domain.shared.Require;

/** The person a request is about: a member of the organization (about themself) or one of its customers. */
public record DataSubject(Kind kind, UUID id) {

    /** The kinds of data subject. */
    public enum Kind { MEMBER, CUSTOMER }

    public DataSubject {
        Require.present("subject.kind", kind);
        Require.present("subject.id", id);
    }

    public static DataSubject member(UUID id) {
        return new DataSubject(Kind.MEMBER, id);
    }

    public static DataSubject customer(UUID id) {
        return new DataSubject(Kind.CUSTOMER, id);
    }

    /** {@code customer:<id>} or {@code member:<id>}, as audit targets name subjects. */
    @Override
    public String toString() {
        return kind.name().toLowerCase() + ":" + id;
    }
}
