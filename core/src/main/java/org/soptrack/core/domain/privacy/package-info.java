/**
 * Data-subject rights (R-DSR): requests from members and customers with their legal due dates, what an export and an
 * erasure produce, and the erasure log that lets erasures be applied again after a backup is restored.
 */
package org.soptrack.core.domain.privacy;

