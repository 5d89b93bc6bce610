package org.soptrack.core.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.service.SecureRandomTokens;

class SecretTokenTest {

    private final SecretToken token = new SecretToken(SecretToken.Kind.REFRESH, TenantId.of(UUID.randomUUID()),
            UUID.randomUUID(), new SecureRandomTokens().newSecret(SecretToken.SECRET_BYTES));

    @Test
    void encodes_with_its_prefix_and_reads_back() {
        String text = token.encode();
        assertThat(text).startsWith("rt_").matches("rt_[A-Za-z0-9_-]{86}");
        assertThat(SecretToken.parse(SecretToken.Kind.REFRESH, text)).contains(token);
    }

    @Test
    void a_token_of_one_kind_is_never_read_as_another() {
        String text = token.encode();
        for (SecretToken.Kind other : SecretToken.Kind.values()) {
            if (other != SecretToken.Kind.REFRESH) {
                assertThat(SecretToken.parse(other, text)).isEmpty();
                assertThat(SecretToken.parse(other, text.replaceFirst("rt_", ""))).isEmpty();
            }
        }
    }

    @Test
    void anything_else_is_empty_not_an_exception() {
        for (String junk : new String[] {null, "", "rt_", "rt_!!!!", "rt_" + "A".repeat(10), "rt_" + "A".repeat(300)}) {
            assertThat(SecretToken.parse(SecretToken.Kind.REFRESH, junk)).isEmpty();
        }
        assertThat(token.toString()).doesNotContain(token.encode().substring(3, 20));
    }
}
