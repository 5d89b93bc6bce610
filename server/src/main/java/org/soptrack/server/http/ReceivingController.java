package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.port.in.ReceivingUseCase;
import org.soptrack.server.security.Principals;

/** The day's delivery (R-SOP-10): what waits for a part at a rooftop, receiving into a bin, and bin labels. */
@Tag(name = "Receiving")
@ProblemResponses
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class ReceivingController {

    private final ReceivingUseCase receiving;

    ReceivingController(ReceivingUseCase receiving) {
        this.receiving = receiving;
    }

    /** The rooftop's orders waiting for {@code partNumber} (entered or scanned), oldest first. */
    @Get("/rooftops/{id}/receiving{?partNumber}")
    HttpResponse<Orders> waitingForPart(Authentication auth, @PathVariable String id,
                                        @Nullable @QueryValue String partNumber) {
        return Problems.ok(receiving.waiting(Principals.actor(auth), Input.pathId(id, RooftopId::parse),
                Input.required("partNumber", partNumber, PartNumber::of)), Orders::of);
    }

    /** {@code {binLocation, orders: [{id, version}]}}: every order received into the bin, or none. */
    @Post("/rooftops/{id}/receiving")
    HttpResponse<Orders> receiveParts(Authentication auth, @PathVariable String id, @Body ReceiptJson body) {
        if (body.orders() == null) {
            throw new InvalidValueException("orders", "is required");
        }
        List<ReceivingUseCase.Line> lines = body.orders().stream().map(line -> new ReceivingUseCase.Line(
                Input.required("orders.id", line.id(), SpecialOrderId::parse), line.version())).toList();
        return Problems.ok(receiving.receive(new ReceivingUseCase.Receipt(Principals.actor(auth),
                Input.pathId(id, RooftopId::parse), body.binLocation(), lines)), Orders::of);
    }

    /** What the order's bin label prints; {@code link} is what its QR code opens. */
    @Get("/sops/{id}/label")
    HttpResponse<LabelJson> label(Authentication auth, @PathVariable String id) {
        return Problems.ok(receiving.label(Principals.actor(auth), Input.pathId(id, SpecialOrderId::parse)),
                LabelJson::of);
    }

    @Serdeable
    record LineJson(String id, long version) {
    }

    @Serdeable
    record ReceiptJson(String binLocation, List<LineJson> orders) {
    }

    @Serdeable
    record Orders(List<SopJson.View> items) {
        static Orders of(List<SpecialOrder> orders) {
            return new Orders(orders.stream().map(SopJson.View::of).toList());
        }
    }

    @Serdeable
    record LabelJson(String orderId, @Nullable String customer, String roNumber, long sopNumber, String partNumber,
                     @Nullable String binLocation, LocalDate date, String link) {
        static LabelJson of(ReceivingUseCase.BinLabel l) {
            return new LabelJson(l.order().value().toString(), l.customer().orElse(null), l.roNumber().value(),
                    l.sopNumber().value(), l.partNumber().value(), l.binLocation().orElse(null), l.date(),
                    l.link().toString());
        }
    }
}
