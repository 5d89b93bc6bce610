/** The append-only audit trail of security-relevant actions (R-AUD). */
package org.soptrack.core.domain.audit;
