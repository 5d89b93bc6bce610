package org.soptrack.server.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.port.in.CustomerOptOutUseCase;

/**
 * Replies to the deployment's SMS number, as the provider reports them (R-NOT-2): a Twilio-shaped webhook, a form POST
 * with {@code From} and {@code Body}, signed in {@code X-Twilio-Signature} with the account's auth token (the SMS
 * channel's {@code SOPTRACK_SMS_TOKEN}). {@code STOP} and the other opt-out words stop SMS to every customer at the
 * sender's number, {@code START} restarts it; anything else is ignored. Without a token configured it is closed.
 */
@Tag(name = "Webhooks")
@ProblemResponses
@Controller("/api/v1/sms/inbound")
@Secured(SecurityRule.IS_ANONYMOUS)
final class SmsInboundController {

    static final String PATH = "/api/v1/sms/inbound";

    private final CustomerOptOutUseCase optOut;
    private final byte[] authToken;
    private final URI publicUrl;

    SmsInboundController(CustomerOptOutUseCase optOut, @Value("${soptrack.notify.sms-token:}") String authToken,
                         @Value("${soptrack.public-url}") URI publicUrl) {
        this.optOut = optOut;
        this.authToken = authToken.getBytes(StandardCharsets.UTF_8);
        this.publicUrl = publicUrl;
    }

    /** 204 once read; 401 {@code bad-signature} for a request the provider did not sign. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> inboundSms(HttpRequest<?> request, @Nullable @Header("X-Twilio-Signature") String signature,
                                  @Body @RequestBody(content = @Content(
                                          mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                                          schema = @Schema(implementation = InboundForm.class)))
                                  Map<String, String> form) {
        String query = request.getUri().getRawQuery();
        String url = publicUrl.resolve(PATH) + (query == null ? "" : "?" + query);
        if (authToken.length == 0 || signature == null || !MessageDigest.isEqual(
                sign(url, form).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
            return Problems.refusal(Problem.of("bad-signature", "Bad signature", 401,
                    "The request is not signed with this deployment's SMS auth token"));
        }
        PhoneNumber from = Input.required("From", form.get("From"), PhoneNumber::of);
        optOut.smsReply(from, form.getOrDefault("Body", "")).orElseThrow();
        return HttpResponse.noContent();
    }

    /** Twilio's scheme: HMAC-SHA1 of the URL followed by each parameter's name and value, by name, in Base64. */
    private String sign(String url, Map<String, String> form) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken, "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is missing from this JVM", e);
        }
    }

    /**
     * The fields of the provider's form this endpoint reads; the provider sends more, and all of them count for the
     * signature. Documentation only: the form is read as a map.
     */
    @Schema(name = "InboundSms")
    record InboundForm(@Schema(name = "From", description = "The sender's number, E.164") String from,
                       @Schema(name = "Body", description = "The text: STOP, UNSUBSCRIBE, START …") String body) {
    }
}
