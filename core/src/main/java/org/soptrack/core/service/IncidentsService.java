package org.soptrack.core.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.platform.Incident;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.IncidentsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.CustomerRepository;
import org.soptrack.core.port.out.IncidentPort;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.RooftopRepository;

/**
 * Records incidents and tells each organization in a transaction of its own: the owners' e-mails are queued in the
 * organization's outbox and its audit log records the incident, then the organization's entry is marked told. A run
 * cut short between the two leaves the entry untold; {@link #tellOwners} finishes it (at least once: a crash after
 * the commit and before the mark sends that organization's notice again).
 */
final class IncidentsService implements IncidentsUseCase {

    private static final int BATCH = 50;

    private final UseCaseContext ctx;
    private final IncidentPort incidents;
    private final OrganizationRepository organizations;
    private final RooftopRepository rooftops;
    private final MemberRepository members;
    private final CustomerRepository customers;
    private final AccountMessages messages;

    IncidentsService(UseCaseContext ctx, CorePorts ports, AccountMessages messages) {
        this.ctx = ctx;
        this.incidents = ports.incidents();
        this.organizations = ports.organizations();
        this.rooftops = ports.rooftops();
        this.members = ports.members();
        this.customers = ports.customers();
        this.messages = messages;
    }

    @Override
    public Outcome<Incident> record(OperatorId operator, Report report) {
        Require.present("operator", operator);
        Incident incident;
        try {
            incident = new Incident(ctx.newId(), report.description(), Require.present("foundAt", report.foundAt()),
                    ctx.now(), operator, categories(report.categories()), affected(report.organizations()));
        } catch (InvalidValueException e) {
            return Outcome.invalid(e.field(), e.reason());
        }
        for (int i = 0; i < incident.affected().size(); i++) {
            Optional<String> unknown = unknown(incident.affected().get(i));
            if (unknown.isPresent()) {
                return Outcome.invalid("organizations[" + i + "]", unknown.get());
            }
        }
        incidents.add(incident, new PlatformAuditEntry(ctx.newId(), incident.recordedAt(), operator,
                PlatformAuditEntry.Action.INCIDENT_RECORDED, incident.id(), "Recorded an incident touching "
                + incident.affected().size() + " organization(s): " + incident.categories().stream().sorted()
                .map(Enum::name).collect(Collectors.joining(", "))));
        tellOwners();
        return Outcome.ok(incident);
    }

    private static Set<Incident.DataCategory> categories(Set<String> names) {
        Set<Incident.DataCategory> out = EnumSet.noneOf(Incident.DataCategory.class);
        for (String name : Require.present("categories", names)) {
            try {
                out.add(Incident.DataCategory.valueOf(Require.present("categories", name).strip()
                        .toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("categories", "must be CUSTOMERS or MEMBERS");
            }
        }
        return out;
    }

    private static List<Incident.Affected> affected(List<Affected> named) {
        return Require.present("organizations", named).stream()
                .map(a -> new Incident.Affected(a.organization(), a.rooftops())).toList();
    }

    /** Why an entry names nothing real: an organization that does not exist, or a rooftop not its own. */
    private Optional<String> unknown(Incident.Affected entry) {
        TenantId tenant = entry.organization();
        return ctx.inTenant(tenant, () -> {
            if (organizations.find(tenant).isEmpty()) {
                return Outcome.ok(Optional.of("names no organization"));
            }
            for (RooftopId rooftop : entry.rooftops()) {
                if (rooftops.find(tenant, rooftop).isEmpty()) {
                    return Outcome.ok(Optional.of("rooftop " + rooftop + " is not the organization's"));
                }
            }
            return Outcome.ok(Optional.<String>empty());
        }).orElseThrow();
    }

    @Override
    public List<Incident> latest(OperatorId operator, int limit) {
        Require.present("operator", operator);
        return incidents.latest(Math.max(1, Math.min(limit, 200)));
    }

    @Override
    public int tellOwners() {
        int told = 0;
        List<IncidentPort.Untold> due;
        do {
            due = incidents.untold(BATCH);
            for (IncidentPort.Untold untold : due) {
                TenantId tenant = untold.organization();
                Incident incident = untold.incident();
                ctx.inTenant(tenant, () -> {
                    if (organizations.find(tenant).isPresent()) {
                        messages.incidentNotice(tenant, incident);
                        ctx.audit.record(tenant, ActorRef.operator(incident.recordedBy()), AuditAction.INCIDENT_RECORDED,
                                "incident:" + incident.id(), Map.of("categories", incident.categories().stream()
                                        .sorted().map(Enum::name).collect(Collectors.joining(",")),
                                        "foundAt", incident.foundAt().toString()));
                    }
                    return Outcome.ok(true);
                }).orElseThrow();
                incidents.told(incident.id(), tenant, ctx.now());
                told++;
            }
        } while (due.size() == BATCH);
        return told;
    }

    @Override
    public Outcome<List<Incident>> forOrganization(Actor actor) {
        return ctx.authorized(actor, Permission.PRIVACY_MANAGE,
                access -> Outcome.ok(incidents.affecting(actor.tenantId())));
    }

    @Override
    public Outcome<List<Person>> people(Actor actor, UUID id) {
        TenantId tenant = actor.tenantId();
        return ctx.authorized(actor, Permission.PRIVACY_MANAGE, access -> {
            Optional<Incident> found = incidents.affecting(tenant).stream().filter(i -> i.id().equals(id))
                    .findFirst();
            if (found.isEmpty()) {
                return Outcome.notFound("incident");
            }
            Incident incident = found.get();
            RooftopScope scope = incident.entry(tenant).orElseThrow().scope();
            List<Person> people = new ArrayList<>();
            if (incident.categories().contains(Incident.DataCategory.CUSTOMERS)) {
                customers(tenant, scope, people);
            }
            if (incident.categories().contains(Incident.DataCategory.MEMBERS)) {
                for (Member member : members.findActive(tenant)) {
                    if (scope.intersect(member.state().rooftops()).isPresent()) {
                        people.add(new Person(Incident.DataCategory.MEMBERS, member.id().value(),
                                member.state().displayName(), Optional.of(member.email().value()), Optional.empty()));
                    }
                }
            }
            ctx.audit.record(tenant, access.actor(), AuditAction.INCIDENT_PEOPLE_EXPORTED, "incident:" + id,
                    Map.of("people", Integer.toString(people.size())));
            return Outcome.ok(people);
        });
    }

    private void customers(TenantId tenant, RooftopScope scope, List<Person> people) {
        Optional<PageCursor> after = Optional.empty();
        do {
            Page<Customer> page = customers.reached(tenant, scope, after, Page.MAX_LIMIT);
            for (Customer customer : page.items()) {
                if (!customer.erased()) {
                    Customer.Contact contact = customer.state().contact();
                    people.add(new Person(Incident.DataCategory.CUSTOMERS, customer.id().value(), contact.name(),
                            contact.email().map(e -> e.value()), contact.phone().map(PhoneNumber::value)));
                }
            }
            after = page.next();
        } while (after.isPresent());
    }
}
