package org.soptrack.core.domain.shared;

import java.util.UUID;

/** Who did something, as recorded in histories and the audit log: a member, a platform operator or the system. */
public record ActorRef(Kind kind, UUID id) {

    /** The kinds of actor. */
    public enum Kind { MEMBER, OPERATOR, SYSTEM }

    private static final UUID SYSTEM_ID = new UUID(0, 0);

    public ActorRef {
        Require.present("actor.kind", kind);
        Require.present("actor.id", id);
    }

    public static ActorRef member(MemberId id) {
        return new ActorRef(Kind.MEMBER, id.value());
    }

    public static ActorRef operator(OperatorId id) {
        return new ActorRef(Kind.OPERATOR, id.value());
    }

    public static ActorRef system() {
        return new ActorRef(Kind.SYSTEM, SYSTEM_ID);
    }
}
