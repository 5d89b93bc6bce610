package org.soptrack.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Addresses and whether a webhook may reach them, from the IANA special-purpose address registries (RFC 6890). */
class PublicAddressesTest {

    @ParameterizedTest(name = "{0} is public: {1}")
    @CsvSource({
        "93.184.216.34, true",
        "8.8.8.8, true",
        "1.1.1.1, true",
        "100.63.255.255, true",
        "100.128.0.0, true",
        "172.15.255.255, true",
        "172.32.0.0, true",
        "0.0.0.0, false",
        "0.1.2.3, false",
        "10.0.0.1, false",
        "100.64.0.1, false",
        "100.100.100.200, false",
        "127.0.0.1, false",
        "127.8.9.10, false",
        "169.254.169.254, false",
        "172.16.0.1, false",
        "172.31.255.254, false",
        "192.0.0.8, false",
        "192.0.2.1, false",
        "192.88.99.1, false",
        "192.168.1.1, false",
        "198.18.0.1, false",
        "198.19.255.255, false",
        "198.51.100.7, false",
        "203.0.113.9, false",
        "224.0.0.1, false",
        "240.0.0.1, false",
        "255.255.255.255, false",
        "2606:4700:4700::1111, true",
        "2001:4860:4860::8888, true",
        "::, false",
        "::1, false",
        "::127.0.0.1, false",
        "::ffff:127.0.0.1, false",
        "::ffff:10.1.2.3, false",
        "::ffff:8.8.8.8, true",
        "64:ff9b::a9fe:a9fe, false",
        "64:ff9b::808:808, true",
        "2002:0a00:0001::1, false",
        "2002:0808:0808::1, true",
        "100::1, false",
        "2001:db8::1, false",
        "fc00::1, false",
        "fd00:ec2::254, false",
        "fe80::1, false",
        "fec0::1, false",
        "ff02::1, false",
    })
    void classifies(String literal, boolean expected) throws UnknownHostException {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).isEqualTo(expected);
    }
}
