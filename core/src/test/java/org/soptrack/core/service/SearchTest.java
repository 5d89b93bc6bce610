package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.SearchText;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.SearchUseCase;

/**
 * The one search box as a use case (R-SOP-9): what the box accepts, and who sees what: customers and customer names
 * only for readers of contact data, orders within the caller's rooftops and the requested ones.
 */
class SearchTest {

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org org = f.signUp("Acme");
    private final CustomerId casey = f.customer(org.owner());
    private final SpecialOrder order = f.create(org.owner(), org.rooftop(), casey, "RO-5150").orElseThrow();

    private SearchUseCase.Results search(Actor actor, String typed, RooftopScope rooftops) {
        return f.core.orders().search().search(new SearchUseCase.Query(actor, SearchText.of(typed), rooftops,
                Optional.empty(), Optional.empty(), 20)).orElseThrow();
    }

    @Test
    void the_box_reads_text_phone_digits_and_sop_numbers() {
        assertThat(SearchText.of("  Müller   Peña ")).isEqualTo(new SearchText("müller peña", Optional.empty(),
                Optional.empty()));
        assertThat(SearchText.of("(217) 555-0142")).isEqualTo(new SearchText("(217) 555-0142",
                Optional.of("2175550142"), Optional.empty()));
        assertThat(SearchText.of("4821")).isEqualTo(new SearchText("4821", Optional.of("4821"), Optional.of(4821L)));
        assertThat(SearchText.of("7").sopNumber()).contains(7L);
        assertThat(SearchText.of("7").searchable()).isFalse();
        assertThatThrownBy(() -> SearchText.of("ab")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> SearchText.of(" ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> SearchText.of("x".repeat(101))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void customers_and_their_names_only_for_readers_of_contact_data() {
        SearchUseCase.Results owner = search(org.owner(), "casey", RooftopScope.allRooftops());
        assertThat(owner.customers().items()).extracting(c -> c.id()).containsExactly(casey);
        assertThat(owner.orders().items()).singleElement().satisfies(hit -> {
            assertThat(hit.order().id()).isEqualTo(order.id());
            assertThat(hit.customerName()).contains("Casey Customer");
        });
        SearchUseCase.Results viewer = search(f.join(org, Role.VIEWER), "casey", RooftopScope.allRooftops());
        assertThat(viewer.customers().items()).isEmpty();
        assertThat(viewer.orders().items()).as("not found by the name they may not read").isEmpty();
        assertThat(search(f.join(org, Role.VIEWER), "RO-5150", RooftopScope.allRooftops()).orders().items())
                .singleElement().satisfies(hit -> assertThat(hit.customerName()).isEmpty());
    }

    @Test
    void within_the_callers_rooftops_and_the_requested_ones() {
        RooftopId second = f.addRooftop(org, "Second Street Lexus");
        var limited = f.join(org, Role.PARTS_MANAGER, RooftopScope.only(Set.of(second)));
        assertThat(search(limited, "RO-5150", RooftopScope.allRooftops()).orders().items()).isEmpty();
        assertThat(search(limited, "casey", RooftopScope.allRooftops()).customers().items()).isEmpty();
        assertThat(search(org.owner(), "RO-5150", RooftopScope.only(Set.of(second))).orders().items()).isEmpty();
        assertThat(search(org.owner(), "RO-5150", RooftopScope.only(Set.of(org.rooftop()))).orders().items())
                .hasSize(1);
        assertThat(search(f.signUp("Other").owner(), "casey", RooftopScope.allRooftops()).customers().items())
                .isEmpty();
    }
}
