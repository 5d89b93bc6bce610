package org.soptrack.core.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** A non-negative amount in the dealership's currency, kept to cents. */
public record Money(BigDecimal amount) implements Comparable<Money> {

    private static final BigDecimal MAX = new BigDecimal("100000000");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Require.present("amount", amount);
        if (amount.signum() < 0) {
            throw new InvalidValueException("amount", "must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("amount", "must have at most two decimal places");
        }
        if (amount.compareTo(MAX) >= 0) {
            throw new InvalidValueException("amount", "must be less than " + MAX.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Digits with an optional decimal point and digits after it: no sign, exponent, or grouping. */
    private static final Pattern PLAIN = Pattern.compile("\\d{1,12}(\\.\\d{1,12})?");

    /** A plain decimal such as {@code 12.50}; a sign ({@code -0}, {@code +5}) or an exponent is refused. */
    public static Money of(String amount) {
        String text = Require.present("amount", amount).strip();
        if (text.startsWith("-")) {
            throw new InvalidValueException("amount", "must not be negative");
        }
        if (!PLAIN.matcher(text).matches()) {
            throw new InvalidValueException("amount", "is not a number written as digits, such as 12.50");
        }
        return new Money(new BigDecimal(text));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /** This minus other, never below zero. */
    public Money minusFloorZero(Money other) {
        BigDecimal result = amount.subtract(other.amount);
        return result.signum() < 0 ? ZERO : new Money(result);
    }

    public Money times(int factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
