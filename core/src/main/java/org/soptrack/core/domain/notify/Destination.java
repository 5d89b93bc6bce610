package org.soptrack.core.domain.notify;

import java.util.Map;
import org.soptrack.core.domain.shared.Require;

/**
 * Where one message goes: a channel, an address on it (e-mail address, GroupMe bot id, E.164 number, webhook URL) and
 * the credentials that channel needs for this tenant (the webhook's signing secret, an organization's own provider
 * key). Credentials never appear in {@link #toString()}.
 */
public record Destination(ChannelKind kind, String address, Map<String, String> credentials) {

    public static final String WEBHOOK_SECRET = "secret";

    public Destination {
        Require.present("kind", kind);
        address = Require.text("address", address, 2000);
        credentials = Map.copyOf(Require.present("credentials", credentials));
    }

    public static Destination of(ChannelKind kind, String address) {
        return new Destination(kind, address, Map.of());
    }

    @Override
    public String toString() {
        return "Destination[" + kind + " " + address + (credentials.isEmpty() ? "" : " with credentials") + "]";
    }
}
