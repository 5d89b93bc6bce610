package org.soptrack.core.domain.privacy;

import java.time.LocalDate;

/**
 * The law a request is answered under, which sets its due dates (R-DSR-2), counted in UTC calendar days from the day
 * it was received.
 */
public enum Regime {
    /**
     * GDPR Art. 12(3): one month, which this system reads as the earlier of 30 days and the same day of the next month
     * (31 January is due 28 February, or 29 in a leap year); extendable by two further months.
     */
    GDPR {
        @Override
        public LocalDate due(LocalDate received) {
            LocalDate month = received.plusMonths(1);
            LocalDate days = received.plusDays(30);
            return month.isBefore(days) ? month : days;
        }

        @Override
        public LocalDate extended(LocalDate due) {
            return due.plusMonths(2);
        }
    },
    /** CCPA / CPRA: 45 days, extendable once by another 45. */
    CCPA {
        @Override
        public LocalDate due(LocalDate received) {
            return received.plusDays(45);
        }

        @Override
        public LocalDate extended(LocalDate due) {
            return due.plusDays(45);
        }
    };

    /** The first due date of a request received on {@code received}. */
    public abstract LocalDate due(LocalDate received);

    /** The due date after the one extension, from the first due date. */
    public abstract LocalDate extended(LocalDate due);
}
