package org.soptrack.server;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

/** Entry point of the soptrack reference server. */
@OpenAPIDefinition(
        info = @Info(title = "soptrack", version = "v1",
                description = "Special-order parts tracking for dealer groups. Errors are application/problem+json.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers = @Server(url = "/", description = "The server that serves this document"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        // No banner: with SOPTRACK_LOG_FORMAT=json every line the server writes is a JSON object.
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
