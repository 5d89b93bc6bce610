package org.soptrack.core.port.in;

import java.util.function.BooleanSupplier;

/**
 * Sends what is due in the outbox (R-NOT-4): claims due messages tenant by tenant, hands each to its channel outside
 * any transaction, then records the attempt. Run by a scheduled job, on any number of server instances at once.
 */
public interface DispatchNotificationsUseCase {

    /** One pass over due messages, at most {@code maxMessages} of them. */
    default Report dispatchDue(int maxMessages) {
        return dispatchDue(maxMessages, () -> false);
    }

    /**
     * One pass that ends early once {@code stopping} answers true (the server is shutting down): the message being
     * sent finishes and is recorded, no further message is sent, and the messages this pass claimed but did not send
     * are released at once, so that another instance sends them without waiting for their leases to run out.
     */
    Report dispatchDue(int maxMessages, BooleanSupplier stopping);

    /** What one pass did; {@code released}: claimed, not sent, given back because the pass was stopped. */
    record Report(int claimed, int delivered, int retrying, int dead, int released) {
    }
}
