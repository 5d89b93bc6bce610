package org.soptrack.core.port.in;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SopNumber;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.tenancy.Actor;

/**
 * Receiving the day's delivery (R-SOP-10): the orders at a rooftop still waiting for a part number (ORDERED or
 * BACKORDERED), oldest first; receiving several of them at once into one bin, all or nothing, each at the version
 * read and with its own history entry; and what the bin label of an order says. Receiving needs the right to move
 * orders; a label names the customer by initial and surname only for roles that read contact data.
 */
public interface ReceivingUseCase {

    /** The most orders one receipt takes, and the most a lookup lists. */
    int MAX_LINES = 50;

    Outcome<List<SpecialOrder>> waiting(Actor actor, RooftopId rooftop, PartNumber part);

    Outcome<List<SpecialOrder>> receive(Receipt receipt);

    Outcome<BinLabel> label(Actor actor, SpecialOrderId order);

    /** One order received, at the version the receiver saw. */
    record Line(SpecialOrderId order, long expectedVersion) {
        public Line {
            Require.present("order", order);
        }
    }

    /** Orders of one rooftop received into one bin. */
    record Receipt(Actor actor, RooftopId rooftop, String binLocation, List<Line> lines) {
        public Receipt {
            Require.present("actor", actor);
            Require.present("rooftop", rooftop);
            binLocation = Require.text("binLocation", binLocation, 40);
            lines = List.copyOf(Require.present("lines", lines));
            if (lines.isEmpty() || lines.size() > MAX_LINES) {
                throw new InvalidValueException("orders", "must name 1 to " + MAX_LINES + " orders");
            }
            if (new HashSet<>(lines.stream().map(Line::order).toList()).size() != lines.size()) {
                throw new InvalidValueException("orders", "names an order twice");
            }
        }
    }

    /**
     * What a bin label shows: the customer as "C. Surname" (empty for roles that do not read contact data), the RO,
     * the SOP number, the part, the bin, the day the part was received (UTC; today for a part not received yet) and
     * the link that opens the order, for a QR code.
     */
    record BinLabel(SpecialOrderId order, Optional<String> customer, RoNumber roNumber, SopNumber sopNumber,
                    PartNumber partNumber, Optional<String> binLocation, LocalDate date, URI link) {
    }
}
