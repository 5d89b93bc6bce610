package org.soptrack.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Small helpers for the repositories written against plain JDBC: times, nullable values, text arrays, maps. */
final class Sql {

    private Sql() {
    }

    static Timestamp time(Instant at) {
        return Timestamp.from(at);
    }

    static Timestamp time(Optional<Instant> at) {
        return at.map(Timestamp::from).orElse(null);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Optional<UUID> uuid(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, UUID.class));
    }

    static Array texts(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }

    static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** Binds a map as two text arrays, for {@code jsonb_object(?::text[], ?::text[])}. */
    static void map(PreparedStatement statement, int index, Map<String, String> map) throws SQLException {
        List<String> keys = new ArrayList<>(map.keySet());
        statement.setArray(index, texts(statement.getConnection(), keys));
        statement.setArray(index + 1, texts(statement.getConnection(), keys.stream().map(map::get).toList()));
    }

    /** SQL that reads a jsonb object column as key and value arrays named {@code <alias>_keys} and {@code _values}. */
    static String mapColumns(String column, String alias) {
        return "CAST(ARRAY(SELECT key FROM jsonb_each_text(" + column + ") ORDER BY key) AS text[]) AS " + alias
                + "_keys, CAST(ARRAY(SELECT value FROM jsonb_each_text(" + column + ") ORDER BY key) AS text[]) AS "
                + alias + "_values";
    }

    static Map<String, String> map(ResultSet rs, String alias) throws SQLException {
        List<String> keys = texts(rs, alias + "_keys");
        List<String> values = texts(rs, alias + "_values");
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), values.get(i));
        }
        return out;
    }
}
