package org.soptrack.core.memory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.SearchText;
import org.soptrack.core.domain.sop.SpecialOrderDetails;

/**
 * The search's matching in memory, as the database does it: lower case without accents (decomposed, marks dropped,
 * close to PostgreSQL's {@code unaccent}), text found anywhere in a field, phone digits anywhere in the number.
 */
final class InMemorySearch {

    private InMemorySearch() {
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static boolean holds(String field, SearchText search) {
        return search.searchable() && fold(field).contains(fold(search.text()));
    }

    static Predicate<Customer> customer(SearchText search) {
        return c -> holds(c.contact().name(), search)
                || c.contact().email().filter(e -> holds(e.value(), search)).isPresent()
                || search.phoneDigits().filter(d -> c.contact().phone().filter(p -> p.value().contains(d))
                        .isPresent()).isPresent();
    }

    static boolean order(SpecialOrderDetails d, long sopNumber, SearchText search) {
        return search.sopNumber().equals(Optional.of(sopNumber)) || holds(d.roNumber().value(), search)
                || holds(d.partNumber().toString(), search) || holds(d.description(), search)
                || holds(d.vendor().name(), search)
                || d.vehicle().vin().filter(v -> holds(v, search)).isPresent();
    }
}
