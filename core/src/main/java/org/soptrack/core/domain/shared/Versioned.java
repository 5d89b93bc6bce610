package org.soptrack.core.domain.shared;

/**
 * Version bookkeeping for optimistic concurrency: remembers the version an aggregate was loaded with and
 * bumps the current version once on the first change, so a repository can write "where version = persisted".
 */
public final class Versioned {

    private final long persisted;
    private boolean changed;

    private Versioned(long persisted, boolean changed) {
        this.persisted = persisted;
        this.changed = changed;
    }

    /** For an aggregate that has never been stored: it will be stored as version 0. */
    public static Versioned fresh() {
        return new Versioned(-1, true);
    }

    public static Versioned loaded(long version) {
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        return new Versioned(version, false);
    }

    public void changed() {
        changed = true;
    }

    /** The version the aggregate has now (what it will be stored as). */
    public long current() {
        return changed ? persisted + 1 : persisted;
    }

    /** The version found in storage when it was loaded, or -1 if it is new. */
    public long persisted() {
        return persisted;
    }
}
