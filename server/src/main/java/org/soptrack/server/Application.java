package org.soptrack.server;

import io.micronaut.runtime.Micronaut;

/** Entry point of the soptrack reference server. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
