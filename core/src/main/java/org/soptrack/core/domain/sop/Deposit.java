package org.soptrack.core.domain.sop;

import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.Require;

/** A prepaid deposit a special order requires (R-SOP-4a). */
public record Deposit(Money amount, DepositState state, Optional<Instant> paidAt) {

    public Deposit {
        Require.present("deposit.amount", amount);
        Require.present("deposit.state", state);
        Require.present("deposit.paidAt", paidAt);
        if (state != DepositState.DUE && paidAt.isEmpty()) {
            throw new InvalidValueException("deposit.paidAt", "is required once the deposit was paid");
        }
        if (state == DepositState.DUE && paidAt.isPresent()) {
            throw new InvalidValueException("deposit.paidAt", "must be empty while the deposit is due");
        }
    }

    public static Deposit due(Money amount) {
        return new Deposit(amount, DepositState.DUE, Optional.empty());
    }

    /** The part of the deposit the dealership holds: paid or forfeited, not refunded or still due. */
    public Money held() {
        return state == DepositState.PAID || state == DepositState.FORFEITED ? amount : Money.ZERO;
    }
}
