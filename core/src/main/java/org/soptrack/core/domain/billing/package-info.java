/**
 * Billing as soptrack sees it (R-TEN-6): the billing provider is outside, behind a port; what comes in are its
 * events, which move the subscription and are kept as billing records for their own retention period.
 */
package org.soptrack.core.domain.billing;

