package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Note;
import org.soptrack.core.domain.sop.SpecialOrder;

/** What every {@code NoteRepository} must do. */
public abstract class NoteRepositoryContract extends PortsContract {

    private static final ActorRef AUTHOR = ActorRef.member(MemberId.of(UUID.randomUUID()));
    private long numbers;

    private Note note(TenantId tenant, Note.About about, String text, Duration at) {
        Note note = new Note(UUID.randomUUID(), tenant, about, text, AUTHOR, TestData.at(at));
        run(tenant, () -> ports.notes().add(tenant, note));
        return note;
    }

    private SpecialOrder order(Seed s, String ro) {
        SpecialOrder order = TestData.order(s.tenant(), s.rooftop(), s.customer(), ++numbers, ro, TestData.T0);
        run(s.tenant(), () -> ports.orders().add(s.tenant(), order));
        return order;
    }

    @Test
    void notes_read_back_newest_first_for_their_order_or_customer_only() {
        Seed s = seed();
        SpecialOrder order = order(s, "RO-1");
        SpecialOrder other = order(s, "RO-2");
        Note.About onOrder = Note.About.order(order.id());
        Note first = note(s.tenant(), onOrder, "Called the vendor, ships Tuesday", Duration.ofHours(1));
        Note second = note(s.tenant(), onOrder, "Line one\nLine two — ünïcödé", Duration.ofHours(2));
        note(s.tenant(), Note.About.order(other.id()), "Another order's", Duration.ofHours(3));
        Note onCustomer = note(s.tenant(), Note.About.customer(s.customer()), "Prefers texts after 5pm",
                Duration.ofHours(4));

        assertThat(in(s.tenant(), () -> ports.notes().find(s.tenant(), onOrder, 10))).containsExactly(second, first);
        assertThat(in(s.tenant(), () -> ports.notes().find(s.tenant(), onOrder, 1))).containsExactly(second);
        assertThat(in(s.tenant(), () -> ports.notes().find(s.tenant(), Note.About.customer(s.customer()), 10)))
                .containsExactly(onCustomer);
    }

    @Test
    void another_tenant_sees_none_of_them() {
        Seed a = seed();
        SpecialOrder order = order(a, "RO-9");
        note(a.tenant(), Note.About.order(order.id()), "Tenant A's note", Duration.ZERO);
        note(a.tenant(), Note.About.customer(a.customer()), "Tenant A's customer note", Duration.ZERO);
        Seed b = seed();
        assertThat(in(b.tenant(), () -> ports.notes().find(a.tenant(), Note.About.order(order.id()), 10))).isEmpty();
        assertThat(in(b.tenant(), () -> ports.notes().find(b.tenant(), Note.About.order(order.id()), 10))).isEmpty();
        assertThat(in(b.tenant(), () -> ports.notes().find(a.tenant(), Note.About.customer(a.customer()), 10)))
                .isEmpty();
    }
}
