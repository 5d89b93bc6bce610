package org.soptrack.server.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.ReceivingUseCase;
import org.soptrack.server.security.Principals;

/**
 * Bin labels to print from the browser (R-SOP-10): one per order, each with what core says a label shows and a QR
 * code of the link that opens the order. The print stylesheet leaves only the labels, one to a page.
 */
@Hidden
@Controller("/labels")
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class LabelsPage {

    /** One label and its QR code. */
    public record Label(ReceivingUseCase.BinLabel label, QrCode qr) {
    }

    private static final int MOST = ReceivingUseCase.MAX_LINES;

    private final ReceivingUseCase receiving;

    LabelsPage(ReceivingUseCase receiving) {
        this.receiving = receiving;
    }

    @Get(value = "{?sop*}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> labels(HttpRequest<?> request, Authentication authentication,
                           @Nullable @QueryValue List<String> sop) {
        if (sop == null || sop.isEmpty() || sop.size() > MOST) {
            return Pages.render(request, HttpStatus.NOT_FOUND, "not_found", Map.of());
        }
        List<Label> labels = new ArrayList<>();
        for (String id : sop) {
            Outcome<ReceivingUseCase.BinLabel> label;
            try {
                label = receiving.label(Principals.actor(authentication), SpecialOrderId.parse(id));
            } catch (RuntimeException e) {
                return Pages.render(request, HttpStatus.NOT_FOUND, "not_found", Map.of());
            }
            if (!(label instanceof Outcome.Ok<ReceivingUseCase.BinLabel> ok)) {
                return Pages.render(request, HttpStatus.NOT_FOUND, "not_found", Map.of());
            }
            labels.add(new Label(ok.value(), QrCode.of(ok.value().link().toString())));
        }
        return Pages.render(request, HttpStatus.OK, "labels", Map.of("labels", labels));
    }
}
