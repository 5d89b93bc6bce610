package org.soptrack.core.domain.privacy;

/** The rights of R-DSR-1, and what completing a request of each kind takes. */
public enum RequestType {
    /** A copy of everything held about the subject. */
    ACCESS,
    /** The same export, machine-readable, to take elsewhere. */
    PORTABILITY,
    /** Correcting data: staff change it through the normal screens, then complete the request saying what changed. */
    RECTIFICATION,
    /** Removing or anonymizing the subject's data everywhere, except what a legal obligation keeps. */
    ERASURE,
    /** Stop processing (customer notifications) while the data stays. */
    RESTRICTION,
    /** Objection to processing; handled like a restriction. */
    OBJECTION;

    public boolean exports() {
        return this == ACCESS || this == PORTABILITY;
    }

    public boolean restricts() {
        return this == RESTRICTION || this == OBJECTION;
    }

    public String words() {
        return name().toLowerCase();
    }
}
