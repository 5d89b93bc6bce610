package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL with named parameters ({@code :name}, never {@code ::cast}): each name is bound wherever it appears, by the type
 * of its value (uuid, timestamptz, text, integer, bigint, uuid[] or text[]; null for a missing uuid).
 */
final class NamedSql {

    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-z]+)\\b");

    /** A uuid[] parameter. */
    record UuidArray(Collection<UUID> values) {
    }

    /** A text[] parameter. */
    record TextArray(List<String> values) {
    }

    interface Execution<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private NamedSql() {
    }

    static <T> T run(JdbcOperations jdbc, String sql, Map<String, ?> values, Execution<T> execution) {
        Parsed parsed = Parsed.of(sql);
        return jdbc.prepareStatement(parsed.sql(), s -> {
            parsed.bind(s, values);
            return execution.run(s);
        });
    }

    static int update(JdbcOperations jdbc, String sql, Map<String, ?> values) {
        return run(jdbc, sql, values, PreparedStatement::executeUpdate);
    }

    /** The same on a connection of one's own (the benchmarks seed through the owner's). */
    static int update(Connection connection, String sql, Map<String, ?> values) throws SQLException {
        Parsed parsed = Parsed.of(sql);
        try (PreparedStatement s = connection.prepareStatement(parsed.sql())) {
            parsed.bind(s, values);
            return s.executeUpdate();
        }
    }

    /** The SQL with a {@code ?} for each name, and the names in their order. */
    private record Parsed(String sql, List<String> names) {

        static Parsed of(String sql) {
            List<String> names = new ArrayList<>();
            Matcher m = PARAMETER.matcher(sql);
            StringBuilder jdbcSql = new StringBuilder();
            while (m.find()) {
                names.add(m.group(1));
                m.appendReplacement(jdbcSql, "?");
            }
            m.appendTail(jdbcSql);
            return new Parsed(jdbcSql.toString(), names);
        }

        void bind(PreparedStatement s, Map<String, ?> values) throws SQLException {
            for (int i = 0; i < names.size(); i++) {
                NamedSql.bind(s, i + 1, names.get(i), values);
            }
        }
    }

    private static void bind(PreparedStatement s, int index, String name, Map<String, ?> values) throws SQLException {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("No value for :" + name);
        }
        Object value = values.get(name);
        if (value == null) {
            s.setNull(index, Types.OTHER);
        } else if (value instanceof UUID || value instanceof Integer || value instanceof Long) {
            s.setObject(index, value);
        } else if (value instanceof Instant at) {
            s.setTimestamp(index, Sql.time(at));
        } else if (value instanceof String text) {
            s.setString(index, text);
        } else if (value instanceof UuidArray array) {
            s.setArray(index, s.getConnection().createArrayOf("uuid", array.values().toArray()));
        } else if (value instanceof TextArray array) {
            s.setArray(index, Sql.texts(s.getConnection(), array.values()));
        } else {
            throw new IllegalArgumentException("Cannot bind :" + name + " = " + value);
        }
    }
}
