package org.soptrack.notify.webhook;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * Which IP addresses are on the public internet: not loopback, private, shared (carrier NAT), link-local (cloud
 * metadata at 169.254.169.254 included), unique-local, multicast, documentation, benchmarking or reserved ranges of the
 * IANA special-purpose registries (RFC 6890), and not an IPv6 form (mapped, NAT64, 6to4) of such an IPv4 address.
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        return b.length == 4 ? publicV4(b) : publicV6(b);
    }

    private static boolean publicV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        int third = b[2] & 0xff;
        return !(first == 0 || first == 10 || first == 127 || first >= 224
                || first == 100 && second >= 64 && second <= 127
                || first == 169 && second == 254
                || first == 172 && second >= 16 && second <= 31
                || first == 192 && second == 168
                || first == 192 && second == 0 && (third == 0 || third == 2)
                || first == 192 && second == 88 && third == 99
                || first == 198 && (second == 18 || second == 19)
                || first == 198 && second == 51 && third == 100
                || first == 203 && second == 0 && third == 113);
    }

    private static boolean publicV6(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if ((first & 0xfe) == 0xfc || first == 0xff || first == 0xfe && (second & 0xc0) == 0xc0) {
            return false; // unique-local fc00::/7, multicast, site-local fec0::/10
        }
        if (first == 0x20 && second == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
            return false; // documentation 2001:db8::/32
        }
        if (zero(b, 0, 12)) {
            return false; // ::/96: the unspecified address, loopback and IPv4-compatible addresses
        }
        if (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return publicV4(Arrays.copyOfRange(b, 12, 16)); // IPv4-mapped ::ffff:0:0/96
        }
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zero(b, 4, 12)) {
            return publicV4(Arrays.copyOfRange(b, 12, 16)); // NAT64 64:ff9b::/96
        }
        if (first == 0x20 && second == 0x02) {
            return publicV4(Arrays.copyOfRange(b, 2, 6)); // 6to4 2002::/16
        }
        return !(first == 0x01 && second == 0x00 && zero(b, 2, 8)); // discard 100::/64
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
