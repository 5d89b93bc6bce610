package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.sop.SearchText;
import org.soptrack.core.port.out.TextSearch;

/**
 * Calls the search functions of migration V21, which find ids as their owner inside the caller's tenant, because a
 * trigram index cannot serve LIKE under row-level security. The rows are then read by id as the app role.
 */
final class SearchCalls {

    private SearchCalls() {
    }

    /** The LIKE pattern of the text anywhere in a field, its own {@code % _ \} escaped; the function folds it. */
    static String pattern(SearchText text) {
        return text.searchable()
                ? "%" + text.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                : null;
    }

    /** Binds what every search function takes last: rooftops (null for all), the keyset position and the page size. */
    static void bindPage(PreparedStatement s, int index, TextSearch search) throws SQLException {
        s.setArray(index, search.rooftops().all() ? null
                : s.getConnection().createArrayOf("uuid", MemberMapper.rooftopIds(search.rooftops())));
        s.setObject(index + 1, search.after().map(a -> a.at().atOffset(ZoneOffset.UTC)).orElse(null),
                Types.TIMESTAMP_WITH_TIMEZONE);
        s.setObject(index + 2, search.after().map(PageCursor::id).orElse(null), Types.OTHER);
        s.setInt(index + 3, search.limit() + 1);
    }

    static List<UUID> ids(PreparedStatement s) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /** Reads the rows of {@code ids} from {@code table} as the app role, in the order of {@code ids}. */
    static <R> List<R> rows(JdbcOperations jdbc, String table, UUID tenant, List<UUID> ids,
                            RowReader<R> reader, Function<R, UUID> id) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<R> found = jdbc.prepareStatement("SELECT * FROM " + table + " WHERE organization_id = ? AND id = ANY (?)",
                s -> {
                    s.setObject(1, tenant);
                    s.setArray(2, s.getConnection().createArrayOf("uuid", ids.toArray()));
                    List<R> out = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            out.add(reader.read(rs));
                        }
                    }
                    return out;
                });
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        return found.stream().sorted(Comparator.comparing(r -> position.get(id.apply(r)))).toList();
    }

    /** Reads one row. */
    @FunctionalInterface
    interface RowReader<R> {
        R read(ResultSet rs) throws SQLException;
    }
}
