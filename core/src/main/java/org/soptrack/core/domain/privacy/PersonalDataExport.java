package org.soptrack.core.domain.privacy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.soptrack.core.domain.shared.Require;

/**
 * A machine-readable export (R-DSR-3): for each kind of record ("entity", named as the store names it), the rows held,
 * each a map from field name to a plain value (text, number, boolean, or null). Secrets (password hashes, token
 * hashes, authenticator keys, webhook secrets) are never in it; the export says they exist without giving them.
 */
public record PersonalDataExport(String scope, Instant generatedAt, Map<String, List<Map<String, Object>>> entities) {

    public PersonalDataExport {
        Require.present("scope", scope);
        Require.present("generatedAt", generatedAt);
        Require.present("entities", entities);
        Map<String, List<Map<String, Object>>> copy = new LinkedHashMap<>();
        entities.forEach((name, rows) -> copy.put(name, rows.stream()
                .map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList()));
        entities = Collections.unmodifiableMap(copy);
    }

    /** The rows of {@code entity}; none if the export has no such entity. */
    public List<Map<String, Object>> rows(String entity) {
        return entities.getOrDefault(entity, List.of());
    }

    /** How many rows the export holds in all. */
    public long size() {
        return entities.values().stream().mapToLong(List::size).sum();
    }
}
