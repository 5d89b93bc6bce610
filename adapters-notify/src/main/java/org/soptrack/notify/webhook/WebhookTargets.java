package org.soptrack.notify.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.soptrack.core.port.out.WebhookAddressPort;

/**
 * Where staff may point a webhook (R-SEC-9): an {@code https} URL without credentials in it whose host resolves only to
 * public addresses ({@link PublicAddresses}). A deployment may allow plain {@code http} and private addresses, for
 * development against a receiver on the same machine. The same check guards the connection itself: {@link
 * WebhookChannel} connects only to addresses this class returned, so a name that resolves elsewhere by then (DNS
 * rebinding) is refused too.
 */
public final class WebhookTargets implements WebhookAddressPort {

    /** Turns a host name into its addresses; {@link #system()} asks the platform's resolver. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;

        static Resolver system() {
            return InetAddress::getAllByName;
        }
    }

    /** What the deployment allows beyond public HTTPS endpoints. */
    public record Policy(boolean allowHttp, boolean allowPrivateAddresses) {
        /** Public HTTPS endpoints only: the default. */
        public static Policy publicHttpsOnly() {
            return new Policy(false, false);
        }
    }

    /** A host that may not be connected to; an {@link UnknownHostException} so HTTP clients give up on it. */
    static final class RefusedAddress extends UnknownHostException {
        RefusedAddress(String message) {
            super(message);
        }
    }

    private final Policy policy;
    private final Resolver resolver;

    public WebhookTargets(Policy policy, Resolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    @Override
    public Optional<String> refusal(URI url) {
        Optional<String> shape = refusalOfShape(url);
        if (shape.isPresent()) {
            return shape;
        }
        try {
            addresses(url.getHost());
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of(e instanceof RefusedAddress ? e.getMessage() : "names a host that cannot be resolved");
        }
    }

    /** What is wrong with the URL itself, before any name is resolved. */
    Optional<String> refusalOfShape(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !(policy.allowHttp() && scheme.equals("http"))) {
            return Optional.of(policy.allowHttp() ? "must be an http or https URL" : "must be an https URL");
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        return Optional.empty();
    }

    /** The addresses of {@code host} that messages may go to: all of them, or a {@link RefusedAddress}. */
    InetAddress[] addresses(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] all = resolver.resolve(bare);
        if (!policy.allowPrivateAddresses()) {
            for (InetAddress address : all) {
                if (!PublicAddresses.isPublic(address)) {
                    throw new RefusedAddress("points at an address that is not public (" + address.getHostAddress()
                            + "): loopback, private, link-local and metadata addresses are refused");
                }
            }
        }
        if (all.length == 0) {
            throw new UnknownHostException(host);
        }
        return all;
    }
}
