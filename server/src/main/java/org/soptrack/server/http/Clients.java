package org.soptrack.server.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import org.soptrack.core.port.in.LogInUseCase;

/** The client of a request as the security log records it: its address (through trusted proxies) and user agent. */
public final class Clients {

    private Clients() {
    }

    public static LogInUseCase.Client of(HttpRequest<?> http, HttpClientAddressResolver addresses) {
        return new LogInUseCase.Client(String.valueOf(addresses.resolve(http)),
                http.getHeaders().get(HttpHeaders.USER_AGENT));
    }
}
