/**
 * Notifications (R-NOT): the events soptrack tells people about, each rooftop's routing rules, message templates,
 * and the outbox message with its delivery policy (backoff, dead letter).
 */
package org.soptrack.core.domain.notify;
