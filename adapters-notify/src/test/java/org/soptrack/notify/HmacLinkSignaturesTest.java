package org.soptrack.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Link signatures are HMAC-SHA256: RFC 4231's test case 6 (a key longer than a block) gives its published value. */
class HmacLinkSignaturesTest {

    @Test
    void rfc_4231_test_case_6() {
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        byte[] message = "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII);
        assertThat(HexFormat.of().formatHex(new HmacLinkSignatures(key).sign(message)))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void a_short_key_is_refused() {
        assertThatThrownBy(() -> new HmacLinkSignatures(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
