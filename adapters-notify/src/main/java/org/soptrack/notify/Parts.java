package org.soptrack.notify;

import java.util.List;
import java.util.function.BiFunction;
import org.soptrack.core.domain.notify.DeliveryResult;

/**
 * Sends a message split into parts, in order, stopping at the first part that fails. A failure after some parts went
 * out is the same kind of failure, saying how far it got.
 */
public final class Parts {

    private Parts() {
    }

    /** Calls {@code send} with each part and its index until one is not delivered; the last result. */
    public static DeliveryResult sendInOrder(List<String> parts, BiFunction<Integer, String, DeliveryResult> send) {
        DeliveryResult last = null;
        for (int i = 0; i < parts.size(); i++) {
            last = send.apply(i, parts.get(i));
            if (!(last instanceof DeliveryResult.Delivered)) {
                return i == 0 ? last : after(last, i, parts.size());
            }
        }
        return last;
    }

    private static DeliveryResult after(DeliveryResult failure, int sent, int total) {
        String detail = failure.detail() + " (after " + sent + " of " + total + " parts)";
        return failure instanceof DeliveryResult.PermanentFailure ? new DeliveryResult.PermanentFailure(detail)
                : new DeliveryResult.TransientFailure(detail);
    }
}
