package org.soptrack.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String BODY = "{\"type\":\"subscription.cancelled\"}";

    @Test
    void a_signature_verifies_alone_or_among_others_and_fails_on_any_change() {
        String signature = WebhookSignature.sign(SECRET, "msg_1", "1763900000", BODY);

        assertThat(WebhookSignature.verify(SECRET, "msg_1", "1763900000", BODY, signature)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, "msg_1", "1763900000", BODY, "v1,b2xk " + signature)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, "msg_1", "1763900000", BODY + " ", signature)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "msg_2", "1763900000", BODY, signature)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "msg_1", "1763900001", BODY, signature)).isFalse();
        assertThat(WebhookSignature.verify("whsec_b3RoZXIga2V5", "msg_1", "1763900000", BODY, signature)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "msg_1", "1763900000", BODY, "")).isFalse();
    }
}
