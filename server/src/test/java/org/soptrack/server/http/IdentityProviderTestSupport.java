package org.soptrack.server.http;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** HTTP tests against a server that trusts a {@link FakeIdentityProvider} started for the test class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IdentityProviderTestSupport extends HttpTestSupport implements TestPropertyProvider {

    FakeIdentityProvider idp;

    @Override
    public Map<String, String> getProperties() {
        idp = new FakeIdentityProvider();
        return idp.properties();
    }

    @AfterAll
    void stopProvider() {
        idp.stop();
    }
}
