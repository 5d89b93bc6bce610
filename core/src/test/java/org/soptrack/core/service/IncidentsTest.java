package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.platform.Incident;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.IncidentsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SweepRetentionUseCase;
import org.soptrack.core.port.out.OutboxQuery;

/**
 * Breach notices on a fake clock: an operator records an incident, the owners of each organization it touched are
 * e-mailed and its audit log records it; owners and administrators read it and export the people it covers, limited
 * to its categories and rooftops; other organizations see nothing; the record is kept five years.
 */
class IncidentsTest {

    private static final OperatorId OPERATOR = OperatorId.of(UUID.randomUUID());

    private final CoreFixture f = new CoreFixture();
    private final IncidentsUseCase incidents = f.core.privacy().incidents();
    private final CoreFixture.Org north = f.signUp("North");
    private final CoreFixture.Org south = f.signUp("South");
    private final CoreFixture.Org elsewhere = f.signUp("Elsewhere");

    private IncidentsUseCase.Report report(Set<String> categories, IncidentsUseCase.Affected... affected) {
        return new IncidentsUseCase.Report("A laptop with an export of the parts board was stolen.",
                f.clock.now().minus(Duration.ofHours(5)), categories, List.of(affected));
    }

    private static IncidentsUseCase.Affected at(CoreFixture.Org org, RooftopId... rooftops) {
        return new IncidentsUseCase.Affected(org.tenant(), Set.of(rooftops));
    }

    private List<OutboxMessage> mail(TenantId tenant) {
        return f.ports.transactions().inTenant(tenant, () -> f.ports.outbox().find(tenant, new OutboxQuery(
                Optional.empty(), Optional.empty(), Optional.empty(), 200)).items()).stream()
                .filter(m -> m.event() == NotificationEvent.INCIDENT_NOTICE).toList();
    }

    @Test
    void every_owner_of_each_organization_is_told_at_once_and_each_audit_log_records_it() {
        f.join(north, Role.OWNER);
        f.join(north, Role.ADMIN);

        Incident incident = incidents.record(OPERATOR, report(Set.of("customers"), at(north, north.rooftop()),
                at(south))).orElseThrow();

        assertThat(mail(north.tenant())).as("both owners, not the administrator").hasSize(2)
                .allSatisfy(m -> assertThat(m.content().body()).contains("A laptop with an export", "1 of its rooftops",
                        "customers' names and contact data", incident.id().toString()));
        assertThat(mail(south.tenant())).singleElement()
                .satisfies(m -> assertThat(m.content().body()).contains("every rooftop"));
        assertThat(mail(elsewhere.tenant())).isEmpty();
        assertThat(f.audit(north, AuditAction.INCIDENT_RECORDED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(ActorRef.operator(OPERATOR));
            assertThat(e.target()).isEqualTo("incident:" + incident.id());
        });
        assertThat(f.audit(south, AuditAction.INCIDENT_RECORDED)).hasSize(1);
        assertThat(f.audit(elsewhere, AuditAction.INCIDENT_RECORDED)).isEmpty();
        assertThat(f.ports.platformAudit().latest(10)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(PlatformAuditEntry.Action.INCIDENT_RECORDED);
            assertThat(e.subject()).isEqualTo(incident.id());
        });
        assertThat(incidents.tellOwners()).as("nobody twice").isZero();
        assertThat(mail(north.tenant())).hasSize(2);
        assertThat(incidents.latest(OPERATOR, 10)).containsExactly(incident);
    }

    @Test
    void each_organization_reads_its_own_entry_only_and_another_reads_nothing() {
        RooftopId southEast = f.addRooftop(south, "South East");
        Incident incident = incidents.record(OPERATOR, report(Set.of("MEMBERS"), at(north), at(south, southEast)))
                .orElseThrow();

        assertThat(incidents.forOrganization(north.owner()).orElseThrow()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(incident.id());
            assertThat(i.affected()).extracting(Incident.Affected::organization).containsExactly(north.tenant());
        });
        assertThat(incidents.forOrganization(south.owner()).orElseThrow()).singleElement()
                .satisfies(i -> assertThat(i.affected()).containsExactly(new Incident.Affected(south.tenant(),
                        Set.of(southEast))));
        assertThat(incidents.forOrganization(elsewhere.owner()).orElseThrow()).isEmpty();
        assertThat(incidents.people(elsewhere.owner(), incident.id())).isInstanceOf(Outcome.NotFound.class);
        assertThat(incidents.people(north.owner(), UUID.randomUUID())).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void the_export_covers_the_named_categories_and_rooftops_and_is_audited() {
        RooftopId other = f.addRooftop(north, "North Other");
        CustomerId atNamed = f.customer(north.owner());
        f.create(north.owner(), north.rooftop(), atNamed, "RO-1").orElseThrow();
        CustomerId atOther = f.customer(north.owner());
        f.create(north.owner(), other, atOther, "RO-2").orElseThrow();
        CustomerId erased = f.customer(north.owner());
        f.create(north.owner(), north.rooftop(), erased, "RO-3").orElseThrow();
        f.ports.transactions().inTenant(north.tenant(), () -> {
            Customer c = f.ports.customers().find(north.tenant(), erased).orElseThrow();
            c.erase(f.clock.now());
            return f.ports.customers().update(north.tenant(), c);
        });
        MemberActor everywhere = f.join(north, Role.ADVISOR);
        MemberActor named = f.join(north, Role.BDC, RooftopScope.only(Set.of(north.rooftop())));
        MemberActor notNamed = f.join(north, Role.BDC, RooftopScope.only(Set.of(other)));
        Incident incident = incidents.record(OPERATOR, report(Set.of("CUSTOMERS", "MEMBERS"),
                at(north, north.rooftop()))).orElseThrow();

        List<IncidentsUseCase.Person> people = incidents.people(north.owner(), incident.id()).orElseThrow();

        assertThat(people).filteredOn(p -> p.category() == Incident.DataCategory.CUSTOMERS)
                .extracting(IncidentsUseCase.Person::id).containsExactly(atNamed.value());
        assertThat(people).filteredOn(p -> p.category() == Incident.DataCategory.CUSTOMERS).singleElement()
                .satisfies(p -> {
                    assertThat(p.email()).contains("casey@example.com");
                    assertThat(p.phone()).contains("+15551230000");
                });
        assertThat(people).filteredOn(p -> p.category() == Incident.DataCategory.MEMBERS)
                .extracting(IncidentsUseCase.Person::id).containsExactlyInAnyOrder(north.owner().memberId().value(),
                        everywhere.memberId().value(), named.memberId().value())
                .doesNotContain(notNamed.memberId().value());
        assertThat(f.audit(north, AuditAction.INCIDENT_PEOPLE_EXPORTED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("people", "4"));

        Incident onlyMembers = incidents.record(OPERATOR, report(Set.of("MEMBERS"), at(north))).orElseThrow();
        assertThat(incidents.people(north.owner(), onlyMembers.id()).orElseThrow())
                .allSatisfy(p -> assertThat(p.category()).isEqualTo(Incident.DataCategory.MEMBERS)).hasSize(4);
    }

    @Test
    void owners_and_administrators_may_read_and_export_nobody_else() {
        Incident incident = incidents.record(OPERATOR, report(Set.of("CUSTOMERS"), at(north))).orElseThrow();
        MemberActor admin = f.join(north, Role.ADMIN);
        assertThat(incidents.people(admin, incident.id()).isOk()).isTrue();
        assertThat(incidents.forOrganization(admin).isOk()).isTrue();
        for (Role role : List.of(Role.PARTS_MANAGER, Role.ADVISOR, Role.BDC, Role.VIEWER)) {
            MemberActor member = f.join(north, role);
            assertThat(incidents.forOrganization(member)).as("%s", role).isInstanceOf(Outcome.Forbidden.class);
            assertThat(incidents.people(member, incident.id())).as("%s", role).isInstanceOf(Outcome.Forbidden.class);
        }
        assertThat(f.audit(north, AuditAction.INCIDENT_PEOPLE_EXPORTED)).hasSize(1);
    }

    @Test
    void a_bad_report_names_its_field_and_stores_nothing() {
        RooftopId southRooftop = south.rooftop();
        Instant future = f.clock.now().plusSeconds(60);
        IncidentsUseCase.Report good = report(Set.of("CUSTOMERS"), at(north));
        List<IncidentsUseCase.Report> bad = List.of(
                new IncidentsUseCase.Report(" ", good.foundAt(), good.categories(), good.organizations()),
                new IncidentsUseCase.Report(good.description(), future, good.categories(), good.organizations()),
                new IncidentsUseCase.Report(good.description(), good.foundAt(), Set.of(), good.organizations()),
                new IncidentsUseCase.Report(good.description(), good.foundAt(), Set.of("VEHICLES"), good.organizations()),
                new IncidentsUseCase.Report(good.description(), good.foundAt(), good.categories(), List.of()),
                report(Set.of("CUSTOMERS"), at(north), at(north)),
                report(Set.of("CUSTOMERS"), new IncidentsUseCase.Affected(TenantId.of(UUID.randomUUID()), Set.of())),
                report(Set.of("CUSTOMERS"), at(north, southRooftop)));
        List<String> fields = List.of("description", "foundAt", "categories", "categories", "organizations",
                "organizations", "organizations[0]", "organizations[0]");
        for (int i = 0; i < bad.size(); i++) {
            int n = i;
            assertThat(incidents.record(OPERATOR, bad.get(i))).as("report %d", i)
                    .isInstanceOfSatisfying(Outcome.Invalid.class, v -> assertThat(v.field()).isEqualTo(fields.get(n)));
        }
        assertThat(incidents.latest(OPERATOR, 10)).isEmpty();
        assertThat(f.ports.platformAudit().latest(10)).isEmpty();
        assertThat(mail(north.tenant())).isEmpty();
    }

    @Test
    void owners_not_told_when_a_run_was_cut_short_are_told_by_the_next_and_only_they() {
        Incident incident = new Incident(UUID.randomUUID(), "Stored, then the server died.", f.clock.now(),
                f.clock.now(), OPERATOR, Set.of(Incident.DataCategory.MEMBERS),
                List.of(new Incident.Affected(north.tenant(), Set.of()), new Incident.Affected(south.tenant(),
                        Set.of())));
        f.ports.incidents().add(incident, new PlatformAuditEntry(UUID.randomUUID(), f.clock.now(), OPERATOR,
                PlatformAuditEntry.Action.INCIDENT_RECORDED, incident.id(), "Recorded"));
        f.ports.incidents().told(incident.id(), north.tenant(), f.clock.now());

        assertThat(incidents.tellOwners()).isEqualTo(1);
        assertThat(mail(north.tenant())).isEmpty();
        assertThat(mail(south.tenant())).hasSize(1);
        assertThat(incidents.tellOwners()).isZero();
    }

    @Test
    void the_record_is_kept_five_years_and_swept_as_platform_data() {
        f.activate(north);
        Incident incident = incidents.record(OPERATOR, report(Set.of("CUSTOMERS"), at(north))).orElseThrow();
        f.clock.advance(Duration.ofDays(5 * 365));
        f.core.privacy().sweepRetention().sweepAll(false);
        assertThat(incidents.forOrganization(north.owner()).orElseThrow()).extracting(Incident::id)
                .containsExactly(incident.id());

        f.clock.advance(Duration.ofDays(3));
        SweepRetentionUseCase.Report report = f.core.privacy().sweepRetention().sweepAll(false);
        assertThat(report.platform()).filteredOn(l -> l.category() == RetentionCategory.INCIDENTS)
                .extracting(SweepRetentionUseCase.PlatformLine::records).containsExactly(1L);
        assertThat(incidents.forOrganization(north.owner()).orElseThrow()).isEmpty();
        assertThat(incidents.latest(OPERATOR, 10)).isEmpty();
    }
}
