package org.soptrack.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.sop.SearchText;
import org.soptrack.core.domain.tenancy.RooftopScope;

/**
 * A search statement put together from the parts a search uses, with its parameters in order: each search gets a
 * plan for exactly its conditions instead of one generic plan full of "or the parameter is null".
 */
final class SearchSql {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    SearchSql add(String fragment, Object... parameters) {
        sql.append(fragment);
        values.addAll(List.of(parameters));
        return this;
    }

    /** {@code AND column = ANY (rooftops)} unless the scope is every rooftop. */
    SearchSql within(String column, RooftopScope scope) {
        return scope.all() ? this : add(" AND " + column + " = ANY (?)", (Object) MemberMapper.rooftopIds(scope));
    }

    /** The keyset condition and order of a newest-first page, one row more than the page to know of a next one. */
    SearchSql page(String alias, Optional<PageCursor> after, int limit) {
        after.ifPresent(a -> add(" AND (" + alias + ".created_at, " + alias + ".id) < (?, ?)", a.at(), a.id()));
        return add(" ORDER BY " + alias + ".created_at DESC, " + alias + ".id DESC LIMIT ?", limit + 1);
    }

    /** The LIKE pattern of text anywhere in a folded field: the text's own {@code % _ \} escaped, then folded. */
    static String contains(SearchText text) {
        return "%" + text.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Binds the parameters to {@code s}, prepared from {@link #toString()}. */
    void bind(PreparedStatement s) throws SQLException {
        Connection connection = s.getConnection();
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Object[] array) {
                s.setArray(i + 1, connection.createArrayOf("uuid", array));
            } else if (value instanceof Instant at) {
                s.setObject(i + 1, at.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            } else if (value instanceof UUID id) {
                s.setObject(i + 1, id, Types.OTHER);
            } else {
                s.setObject(i + 1, value);
            }
        }
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
