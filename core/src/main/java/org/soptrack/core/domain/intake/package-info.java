/**
 * Public intake (R-PUB-1): demo and support requests sent without an account. They belong to the platform, not to any
 * organization, and are kept under their own retention rule.
 */
package org.soptrack.core.domain.intake;
