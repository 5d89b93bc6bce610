package org.soptrack.server.wiring;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.soptrack.notify.webhook.WebhookTargets;

/**
 * Webhook hosts in every server test resolve without the network: literal addresses and {@code localhost} as the
 * platform reads them, {@code public.example.test} to a public address (only ever checked, never connected to), and
 * any other name is unknown. So no test sends a DNS query anywhere.
 */
@Singleton
@Replaces(WebhookTargets.Resolver.class)
final class NoNetworkResolver implements WebhookTargets.Resolver {

    static final String PUBLIC_NAME = "public.example.test";

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.equals(PUBLIC_NAME)) {
            return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})};
        }
        if (host.equals("localhost") || host.matches("[0-9.]+|.*:.*")) {
            return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException(host + " (tests resolve no names)");
    }
}
