package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.Note;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.NotesUseCase;
import org.soptrack.core.port.in.Outcome;

/**
 * R-SOP-8: dated, attributed notes on a special order and on a customer, newest first; read by whoever reads the order
 * or the contact data within their rooftops; written by the roles that talk to customers; erased with the customer.
 */
class NotesTest {

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org org = f.signUp("Acme");
    private final CustomerId customer = f.customer(org.owner());
    private final SpecialOrder order = f.create(org.owner(), org.rooftop(), customer, "RO-1").orElseThrow();

    private NotesUseCase notes() {
        return f.core.orders().notes();
    }

    @Test
    void notes_are_dated_attributed_and_listed_newest_first() {
        MemberActor bdc = f.join(org, Role.BDC);
        notes().add(bdc, Note.About.order(order.id()), "Left a voicemail about the ETA").orElseThrow();
        f.clock.advance(Duration.ofMinutes(5));
        NotesUseCase.Entry second = notes().add(org.owner(), Note.About.order(order.id()), "  Vendor says Tuesday ")
                .orElseThrow();
        assertThat(second.text()).isEqualTo("Vendor says Tuesday");
        assertThat(second.at()).isEqualTo(f.clock.now());
        List<NotesUseCase.Entry> listed = notes().list(f.join(org, Role.VIEWER), Note.About.order(order.id()))
                .orElseThrow();
        assertThat(listed).extracting(NotesUseCase.Entry::text)
                .containsExactly("Vendor says Tuesday", "Left a voicemail about the ETA");
        assertThat(listed).extracting(NotesUseCase.Entry::authorName).containsExactly("Olive Owner", "Sam Staff");
        assertThat(notes().list(org.owner(), Note.About.customer(customer)).orElseThrow()).as("the order's notes only")
                .isEmpty();
    }

    @Test
    void who_writes_and_who_reads_follows_the_roles() {
        assertThat(notes().add(f.join(org, Role.VIEWER), Note.About.order(order.id()), "x"))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(notes().add(f.join(org, Role.ADMIN), Note.About.customer(customer), "x"))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(notes().add(f.join(org, Role.ADVISOR), Note.About.customer(customer), "Prefers texts").isOk())
                .isTrue();
        assertThat(notes().list(f.join(org, Role.VIEWER), Note.About.customer(customer)))
                .as("viewers do not read contact data").isInstanceOf(Outcome.Forbidden.class);
        assertThat(notes().list(f.join(org, Role.ADMIN), Note.About.customer(customer)).orElseThrow()).hasSize(1);
        assertThat(notes().add(org.owner(), Note.About.order(order.id()), " ")).isInstanceOfSatisfying(
                Outcome.Invalid.class, i -> assertThat(i.field()).isEqualTo("text"));
        assertThat(notes().add(org.owner(), Note.About.order(order.id()), "x".repeat(2001)))
                .isInstanceOf(Outcome.Invalid.class);
    }

    @Test
    void another_rooftop_or_organization_finds_nothing_to_read_or_write_on() {
        RooftopId second = f.addRooftop(org, "Second Street Lexus");
        MemberActor elsewhere = f.join(org, Role.PARTS_MANAGER, RooftopScope.only(Set.of(second)));
        assertThat(notes().add(elsewhere, Note.About.order(order.id()), "x")).isInstanceOf(Outcome.NotFound.class);
        assertThat(notes().list(elsewhere, Note.About.order(order.id()))).isInstanceOf(Outcome.NotFound.class);
        assertThat(notes().list(elsewhere, Note.About.customer(customer))).isInstanceOf(Outcome.NotFound.class);
        MemberActor stranger = f.signUp("Other").owner();
        assertThat(notes().add(stranger, Note.About.order(order.id()), "x")).isInstanceOf(Outcome.NotFound.class);
        assertThat(notes().list(stranger, Note.About.customer(customer))).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void the_customers_erasure_erases_the_notes_on_them_and_on_their_orders() {
        notes().add(org.owner(), Note.About.order(order.id()), "Casey will pick up Friday").orElseThrow();
        notes().add(org.owner(), Note.About.customer(customer), "Casey's daughter may collect").orElseThrow();
        var export = f.ports.transactions().inTenant(org.tenant(), () -> f.ports.personalData().export(org.tenant(),
                DataSubject.customer(customer.value()), f.clock.now()));
        assertThat(export.entities().get("notes")).hasSize(2);
        var result = f.ports.transactions().inTenant(org.tenant(), () -> f.ports.personalData().erase(org.tenant(),
                DataSubject.customer(customer.value()), f.clock.now()));
        assertThat(result.erased()).containsEntry("notes", 2L);
        assertThat(notes().list(org.owner(), Note.About.order(order.id())).orElseThrow())
                .extracting(NotesUseCase.Entry::text).containsExactly(Note.ERASED);
    }
}
