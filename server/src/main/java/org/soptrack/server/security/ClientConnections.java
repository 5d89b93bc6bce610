package org.soptrack.server.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Who is on the other end of a request, behind a TLS-terminating proxy too (R-OPS-2). {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} count only when the connection comes from one of the configured trusted proxies
 * ({@code soptrack.proxy.trusted}: addresses or CIDR ranges); the client is then the right-most address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. From anyone else the headers are ignored, so a client
 * cannot pick its own address to escape the per-address rate limit or to write another address into the audit log.
 * Micronaut's own resolver believes the first address of those headers from anyone; this one replaces it.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public final class ClientConnections implements HttpClientAddressResolver {

    private final List<IpSubnetFilterRule> trusted;

    ClientConnections(@Value("${soptrack.proxy.trusted:}") List<String> trusted) {
        this.trusted = trusted.stream().map(String::strip).filter(s -> !s.isEmpty()).map(ClientConnections::rule)
                .toList();
    }

    @Override
    public String resolve(HttpRequest request) {
        String peer = peer(request);
        if (peer == null || !trusted(peer)) {
            return peer;
        }
        List<String> chain = new ArrayList<>();
        request.getHeaders().getAll("X-Forwarded-For").forEach(header -> Arrays.stream(header.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).forEach(chain::add));
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!trusted(chain.get(i))) {
                return chain.get(i);
            }
        }
        return chain.isEmpty() ? peer : chain.get(0);
    }

    /** Whether the client reached us over TLS: this connection, or a trusted proxy's connection it says was https. */
    public boolean secure(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        String peer = peer(request);
        String proto = request.getHeaders().get("X-Forwarded-Proto");
        return peer != null && proto != null && trusted(peer)
                && proto.split(",")[0].strip().toLowerCase(Locale.ROOT).equals("https");
    }

    private static String peer(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return null;
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }

    private boolean trusted(String address) {
        InetAddress parsed = literal(address);
        if (parsed == null) {
            return false;
        }
        InetSocketAddress socket = new InetSocketAddress(parsed, 0);
        return trusted.stream().anyMatch(rule -> rule.matches(socket));
    }

    /** An address written as a literal, or null: a forwarded value is never looked up as a name. */
    private static InetAddress literal(String text) {
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        return NetUtil.createInetAddressFromIpAddressString(bare);
    }

    private static IpSubnetFilterRule rule(String spec) {
        String[] parts = spec.split("/", 2);
        InetAddress address = literal(parts[0]);
        if (address == null) {
            throw new IllegalArgumentException("soptrack.proxy.trusted: not an address or CIDR range: " + spec);
        }
        int bits = address.getAddress().length * 8;
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("soptrack.proxy.trusted: bad prefix length in " + spec);
        }
        return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
    }
}
