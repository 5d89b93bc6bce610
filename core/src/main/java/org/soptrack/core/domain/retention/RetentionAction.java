package org.soptrack.core.domain.retention;

/** What happens to data once its retention period is over. */
public enum RetentionAction {
    /** The records are removed. */
    DELETE,
    /** Personal fields are replaced; the records other data needs stay. */
    ANONYMIZE
}
