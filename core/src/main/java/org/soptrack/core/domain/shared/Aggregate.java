package org.soptrack.core.domain.shared;

/**
 * Base of every aggregate: holds its immutable state record and its version. A change replaces the state and bumps
 * the version once, so a repository can store "version = current where version = persisted".
 */
public abstract class Aggregate<S> {

    private S state;
    private final Versioned version;

    protected Aggregate(S state, Versioned version) {
        this.state = Require.present("state", state);
        this.version = version;
    }

    /** The stored form, for adapters. */
    public final S state() {
        return state;
    }

    /** The version the aggregate has now (what it will be stored as). */
    public final long version() {
        return version.current();
    }

    /** The version found in storage when it was loaded, or -1 if it is new. */
    public final long persistedVersion() {
        return version.persisted();
    }

    protected final void change(S next) {
        state = Require.present("state", next);
        version.changed();
    }
}
