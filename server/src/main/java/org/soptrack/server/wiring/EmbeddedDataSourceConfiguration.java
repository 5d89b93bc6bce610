package org.soptrack.server.wiring;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Singleton;

/**
 * Points the default data source at the embedded database before the data source is built, whichever bean asks for
 * it first: the database is set up (and started, when no URL is configured) the moment the data source's settings
 * are read.
 */
@Singleton
final class EmbeddedDataSourceConfiguration implements BeanInitializedEventListener<DatasourceConfiguration> {

    private final BeanProvider<DatabaseSetup> setup;

    EmbeddedDataSourceConfiguration(BeanProvider<DatabaseSetup> setup) {
        this.setup = setup;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        setup.get().embeddedConnection().ifPresent(connection -> {
            configuration.setUrl(connection[0]);
            configuration.setUsername(connection[1]);
            configuration.setPassword(connection[2]);
        });
        return configuration;
    }
}
