package org.soptrack.server.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.Optional;

/** Where the database lives: {@code soptrack.database.*} in configuration. */
@ConfigurationProperties("soptrack.database")
record DatabaseSettings(@Bindable(defaultValue = "data/postgres") String embeddedDirectory,
                        @Bindable(defaultValue = "soptrack_app") String appUser,
                        Optional<String> ownerUsername, Optional<String> ownerPassword) {
}
