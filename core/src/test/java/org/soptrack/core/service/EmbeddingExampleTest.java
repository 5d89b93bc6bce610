package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.memory.InMemoryAdapters;
import org.soptrack.core.port.in.CreateSpecialOrderUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.tck.TestData;

/** The embedding example of docs/embedding.md, as it is written there. */
class EmbeddingExampleTest {

    @Test
    void the_readme_example_runs() {
        CorePorts ports = InMemoryAdapters.create(ClockPort.of(Clock.systemUTC()));
        SoptrackCore soptrack = new SoptrackCore(ports);

        var org = soptrack.organizations().signUp().signUp(new SignUpOrganizationUseCase.Command("Acme Motors",
                new Rooftop.Details("Acme Toyota", "Toyota", "Springfield", "IL"),
                Email.of("owner@acme.example"), "Olive Owner")).orElseThrow();
        var owner = new MemberActor(org.ownerId(), org.organizationId(), Role.OWNER, RooftopScope.allRooftops());

        SpecialOrderDetails details = TestData.details(new CustomerId(UUID.randomUUID()), "RO-1", "PN-1");
        Outcome<SpecialOrder> created = soptrack.orders().createSpecialOrder().create(
                new CreateSpecialOrderUseCase.Command(owner, org.rooftopId(), details));
        String shown;
        if (created instanceof Outcome.Ok<SpecialOrder> ok) {
            shown = "created " + ok.value().sopNumber();
        } else if (created instanceof Outcome.Invalid<SpecialOrder> invalid) {
            shown = invalid.field() + " " + invalid.message();
        } else {
            shown = created.toString();
        }
        assertThat(shown).isEqualTo("customerId names no customer of this organization");
    }
}
