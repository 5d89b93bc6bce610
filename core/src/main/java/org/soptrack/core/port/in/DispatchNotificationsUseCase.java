package org.soptrack.core.port.in;

/**
 * Sends what is due in the outbox (R-NOT-4): claims due messages tenant by tenant, hands each to its channel outside
 * any transaction, then records the attempt. Run by a scheduled job, on any number of server instances at once.
 */
public interface DispatchNotificationsUseCase {

    /** One pass over due messages, at most {@code maxMessages} of them. */
    Report dispatchDue(int maxMessages);

    /** What one pass did. */
    record Report(int claimed, int delivered, int retrying, int dead) {
    }
}
