package org.soptrack.notify;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.core.tck.NotificationChannelContract;

/** The channel contract for channels that call an HTTP provider: one {@link StubProvider} per test, stopped after. */
public abstract class HttpChannelContract extends NotificationChannelContract {

    protected final StubProvider provider = new StubProvider();
    protected final HttpDelivery http = new HttpDelivery(Duration.ofSeconds(5));

    /** The channel under test, calling the provider at {@code baseUrl}. */
    protected abstract NotificationChannelPort channelAt(URI baseUrl);

    @AfterEach
    void stopProvider() {
        provider.close();
    }

    @Override
    protected NotificationChannelPort channel() {
        return channelAt(provider.url());
    }

    @Override
    protected NotificationChannelPort unreachableChannel() {
        return channelAt(StubProvider.nowhere());
    }
}
