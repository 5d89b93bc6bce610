package org.soptrack.notify;

import org.soptrack.core.domain.notify.DeliveryResult;

/** What a failure in the middle of a multi-part message means: the same kind of failure, saying how far it got. */
public final class Parts {

    private Parts() {
    }

    public static DeliveryResult after(DeliveryResult failure, int sent, int total) {
        String detail = failure.detail() + " (after " + sent + " of " + total + " parts)";
        return failure instanceof DeliveryResult.PermanentFailure ? new DeliveryResult.PermanentFailure(detail)
                : new DeliveryResult.TransientFailure(detail);
    }
}
