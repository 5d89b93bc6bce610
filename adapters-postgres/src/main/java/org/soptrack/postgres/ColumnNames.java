package org.soptrack.postgres;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.data.model.PersistentProperty;
import io.micronaut.data.model.naming.NamingStrategies;
import io.micronaut.data.model.naming.NamingStrategy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Micronaut Data's default column names ({@code createdAt} → {@code created_at}), remembered. The default strategy
 * works a property's column name out again for every column of every row it reads (an annotation lookup and a
 * camel-case split), which was a tenth of the server's CPU time on the list of orders. Every row class names this
 * strategy with {@code @NamingStrategy(ColumnNames.class)}; the SQL Micronaut Data generates at compile time is
 * unchanged, since the names are the same.
 */
@Introspected
public final class ColumnNames implements NamingStrategy {

    private final NamingStrategy names = new NamingStrategies.UnderScoreSeparatedLowerCase();
    private final Map<PersistentProperty, String> byProperty = new ConcurrentHashMap<>();

    @Override
    public @NonNull String mappedName(@NonNull String name) {
        return names.mappedName(name);
    }

    @Override
    public @NonNull String mappedName(@NonNull PersistentProperty property) {
        String known = byProperty.get(property);
        if (known == null) {
            known = NamingStrategy.super.mappedName(property);
            byProperty.put(property, known);
        }
        return known;
    }
}
