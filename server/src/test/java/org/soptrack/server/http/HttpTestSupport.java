package org.soptrack.server.http;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** The running server and a raw client to it, for the HTTP tests (each still carries its own @MicronautTest). */
abstract class HttpTestSupport {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(server.getURI(), json);
    }
}
