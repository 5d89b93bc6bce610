package org.soptrack.core.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.privacy.ErasureRecord;
import org.soptrack.core.domain.privacy.ErasureResult;
import org.soptrack.core.domain.privacy.PersonalDataExport;
import org.soptrack.core.domain.privacy.RequestType;
import org.soptrack.core.domain.privacy.SubjectRequest;
import org.soptrack.core.domain.privacy.SubjectRequestId;
import org.soptrack.core.domain.retention.LegalHold;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SubjectRequestsUseCase;
import org.soptrack.core.port.out.CustomerRepository;
import org.soptrack.core.port.out.LegalHoldRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.PersonalDataRepository;
import org.soptrack.core.port.out.SubjectRequestRepository;
import org.soptrack.core.port.out.TenantDirectoryPort;
import org.soptrack.core.port.out.UpdateResult;

/** Handles data-subject requests step by step; each step is one transaction and one audit entry. */
public final class SubjectRequestsService implements SubjectRequestsUseCase {

    private static final String VERIFIED_BY_PASSWORD = "The member entered their password again";
    private static final String VERIFIED_BY_SIGN_IN = "The member is signed in through the identity provider";

    private final UseCaseContext ctx;
    private final SubjectRequestRepository requests;
    private final PersonalDataRepository personalData;
    private final CustomerRepository customers;
    private final LegalHoldRepository holds;
    private final OrganizationRepository organizations;
    private final TenantDirectoryPort tenants;
    private final Notifications notifications;
    private final Reauthentication reauthentication;

    SubjectRequestsService(UseCaseContext ctx, CorePorts ports, Notifications notifications,
                           Reauthentication reauthentication) {
        this.ctx = ctx;
        this.requests = ports.subjectRequests();
        this.personalData = ports.personalData();
        this.customers = ports.customers();
        this.holds = ports.legalHolds();
        this.organizations = ports.organizations();
        this.tenants = ports.tenants();
        this.notifications = notifications;
        this.reauthentication = reauthentication;
    }

    @Override
    public Outcome<SubjectRequest> receive(Receive command) {
        TenantId tenant = command.actor().tenantId();
        return ctx.authorized(command.actor(), Permission.PRIVACY_MANAGE, access -> {
            Email requester = requesterEmail(command.requesterEmail());
            if (customers.find(tenant, command.customer()).isEmpty()) {
                return Outcome.notFound("customer");
            }
            Instant now = ctx.now();
            SubjectRequest request = SubjectRequest.receive(new SubjectRequestId(ctx.newId()), tenant, command.type(),
                    DataSubject.customer(command.customer().value()), command.regime(), requester,
                    command.receivedOn().orElse(today(now)), access.actor(), now);
            requests.add(tenant, request);
            audit(tenant, access.actor(), AuditAction.PRIVACY_REQUEST_RECEIVED, request,
                    Map.of("regime", command.regime().name(), "dueOn", request.dueOn().toString()));
            notifications.raise(tenant, NotificationEvent.DSR_RECEIVED, Optional.empty(), "dsr:" + request.id(),
                    staffFacts(request), Optional.empty());
            return Outcome.ok(request);
        });
    }

    @Override
    public Outcome<List<SubjectRequest>> list(Actor actor, Filter filter) {
        return ctx.authorized(actor, Permission.PRIVACY_MANAGE, access -> {
            Instant now = ctx.now();
            Predicate<SubjectRequest> keep = switch (filter) {
                case ALL, OPEN -> r -> true;
                case DUE_SOON -> r -> r.dueSoon(now);
                case OVERDUE -> r -> r.overdue(now);
            };
            List<SubjectRequest> found = filter == Filter.ALL ? requests.findAll(actor.tenantId())
                    : requests.findOpen(actor.tenantId());
            return Outcome.ok(found.stream().filter(keep).toList());
        });
    }

    @Override
    public Outcome<SubjectRequest> get(Actor actor, SubjectRequestId id) {
        return withRequest(actor, id, (access, request) -> Outcome.ok(request));
    }

    @Override
    public Outcome<SubjectRequest> verify(Actor actor, SubjectRequestId id, String method) {
        return withRequest(actor, id, (access, request) -> {
            if (!request.verify(method, access.actor(), ctx.now())) {
                return Outcome.rejected(WRONG_STEP, request.open() ? "The requester's identity was verified already"
                        : "The request is closed");
            }
            return saved(access, request, AuditAction.PRIVACY_REQUEST_VERIFIED, Map.of());
        });
    }

    @Override
    public Outcome<SubjectRequest> extend(Actor actor, SubjectRequestId id, String reason) {
        return withRequest(actor, id, (access, request) -> {
            Optional<String> refused = request.extend(reason, access.actor(), ctx.now());
            if (refused.isPresent()) {
                return Outcome.rejected(NOT_EXTENDABLE, refused.get());
            }
            SubjectRequest.State s = request.state();
            notifications.account(request.tenantId(), NotificationEvent.DSR_EXTENDED,
                    Destination.of(ChannelKind.EMAIL, s.requesterEmail().value()),
                    Map.of("organization", organizations.find(request.tenantId()).orElseThrow().name(),
                            "request", request.type().words(), "received", s.receivedOn().toString(),
                            "due", request.dueOn().toString(), "reason", s.extension().orElseThrow().reason()));
            return saved(access, request, AuditAction.PRIVACY_REQUEST_EXTENDED,
                    Map.of("dueOn", request.dueOn().toString()));
        });
    }

    @Override
    public Outcome<PersonalDataExport> export(Actor actor, SubjectRequestId id) {
        return withRequest(actor, id, (access, request) -> {
            boolean downloadedBefore = request.status() == SubjectRequest.Status.COMPLETED && request.verified();
            Optional<Outcome<PersonalDataExport>> refused = refusal(request, RequestType::exports, "an export");
            if (refused.isPresent() && !(downloadedBefore && request.type().exports())) {
                return refused.get();
            }
            Instant now = ctx.now();
            PersonalDataExport export = personalData.export(request.tenantId(), request.subject(), now);
            ctx.audit.record(request.tenantId(), access.actor(), AuditAction.PERSONAL_DATA_EXPORTED,
                    request.subject().toString(), Map.of("request", request.id().toString(),
                            "records", Long.toString(export.size())));
            if (request.open()) {
                request.complete("Export of " + export.size() + " records delivered", access.actor(), now);
                Outcome<SubjectRequest> completed = saved(access, request, AuditAction.PRIVACY_REQUEST_COMPLETED,
                        Map.of());
                if (!completed.isOk()) {
                    return completed.map(r -> export);
                }
            }
            return Outcome.ok(export);
        });
    }

    @Override
    public Outcome<Erasure> erase(Actor actor, SubjectRequestId id) {
        return withRequest(actor, id, (access, request) -> {
            Optional<Outcome<Erasure>> refused = refusal(request, t -> t == RequestType.ERASURE, "an erasure");
            if (refused.isPresent()) {
                return refused.get();
            }
            Optional<LegalHold> hold = LegalHolds.inForceOn(holds, request.tenantId(), request.subject());
            if (hold.isPresent()) {
                return Outcome.rejected(HELD, "Legal hold " + hold.get().id() + " keeps this customer's data: "
                        + hold.get().state().reason() + ". Reject the request with that reason, or erase once the "
                        + "hold is released");
            }
            Instant now = ctx.now();
            ErasureResult result = personalData.erase(request.tenantId(), request.subject(), now);
            personalData.recordErasure(request.tenantId(), new ErasureRecord(ctx.newId(), request.tenantId(),
                    request.subject(), Optional.of(request.id()), now));
            ctx.audit.record(request.tenantId(), access.actor(), AuditAction.PERSONAL_DATA_ERASED,
                    request.subject().toString(), Map.of("request", request.id().toString(),
                            "records", Long.toString(result.total())));
            request.complete(resolution(result), access.actor(), now);
            return saved(access, request, AuditAction.PRIVACY_REQUEST_COMPLETED, Map.of())
                    .map(r -> new Erasure(r, result));
        });
    }

    @Override
    public Outcome<SubjectRequest> restrict(Actor actor, SubjectRequestId id) {
        return withRequest(actor, id, (access, request) -> {
            Optional<Outcome<SubjectRequest>> refused = refusal(request, RequestType::restricts, "a restriction");
            if (refused.isPresent()) {
                return refused.get();
            }
            Instant now = ctx.now();
            Customer customer = customers.find(request.tenantId(), new CustomerId(request.subject().id()))
                    .orElseThrow();
            if (customer.restrict(now)) {
                if (customers.update(request.tenantId(), customer) == UpdateResult.CONFLICT) {
                    return UseCaseContext.stale("customer");
                }
                ctx.audit.record(request.tenantId(), access.actor(), AuditAction.CUSTOMER_RESTRICTED,
                        request.subject().toString(), Map.of("ground", request.type().name()));
            }
            request.complete("Processing restricted: no notifications are sent to the customer; the data stays",
                    access.actor(), now);
            return saved(access, request, AuditAction.PRIVACY_REQUEST_COMPLETED, Map.of());
        });
    }

    @Override
    public Outcome<SubjectRequest> complete(Actor actor, SubjectRequestId id, String resolution) {
        return withRequest(actor, id, (access, request) -> {
            Optional<Outcome<SubjectRequest>> refused = refusal(request, t -> t == RequestType.RECTIFICATION,
                    "a written answer");
            if (refused.isPresent()) {
                return refused.get();
            }
            request.complete(resolution, access.actor(), ctx.now());
            return saved(access, request, AuditAction.PRIVACY_REQUEST_COMPLETED, Map.of());
        });
    }

    @Override
    public Outcome<SubjectRequest> reject(Actor actor, SubjectRequestId id, String reason) {
        return withRequest(actor, id, (access, request) -> {
            if (!request.reject(reason, access.actor(), ctx.now())) {
                return Outcome.rejected(WRONG_STEP, "The request is closed");
            }
            return saved(access, request, AuditAction.PRIVACY_REQUEST_REJECTED, Map.of());
        });
    }

    @Override
    public Outcome<PersonalDataExport> exportOrganization(Actor actor) {
        return ctx.authorized(actor, Permission.PRIVACY_MANAGE, access -> {
            PersonalDataExport export = personalData.exportOrganization(actor.tenantId(), ctx.now());
            ctx.audit.record(actor.tenantId(), access.actor(), AuditAction.ORGANIZATION_EXPORTED,
                    "organization:" + actor.tenantId().value(), Map.of("records", Long.toString(export.size())));
            return Outcome.ok(export);
        });
    }

    @Override
    public Outcome<PersonalDataExport> exportMine(MemberActor actor, Optional<Password> currentPassword) {
        return reauthentication.confirmed(actor, currentPassword,
                "to download the data of an account with a password", (member, proof) -> exportOf(actor, member,
                        proof == Reauthentication.Proof.PASSWORD_AGAIN ? VERIFIED_BY_PASSWORD : VERIFIED_BY_SIGN_IN));
    }

    private Outcome<PersonalDataExport> exportOf(MemberActor actor, Member member, String verification) {
        Instant now = ctx.now();
        TenantId tenant = member.tenantId();
        SubjectRequest request = SubjectRequest.fromMember(new SubjectRequestId(ctx.newId()), tenant,
                RequestType.ACCESS, member.id().value(), member.email(), verification, actor.ref(), now);
        PersonalDataExport export = personalData.export(tenant, request.subject(), now);
        request.complete("Export of " + export.size() + " records downloaded by the member", actor.ref(), now);
        requests.add(tenant, request);
        audit(tenant, actor.ref(), AuditAction.PRIVACY_REQUEST_RECEIVED, request, Map.of("regime", "GDPR"));
        ctx.audit.record(tenant, actor.ref(), AuditAction.PERSONAL_DATA_EXPORTED, request.subject().toString(),
                Map.of("request", request.id().toString(), "records", Long.toString(export.size())));
        return Outcome.ok(export);
    }

    @Override
    public int remind() {
        int sent = 0;
        for (TenantId tenant : tenants.tenants()) {
            Outcome<Integer> reminded = ctx.inTenant(tenant, () -> Outcome.ok(remind(tenant)));
            sent += reminded.isOk() ? reminded.orElseThrow() : 0;
        }
        return sent;
    }

    private int remind(TenantId tenant) {
        Instant now = ctx.now();
        int sent = 0;
        for (SubjectRequest request : requests.findOpen(tenant)) {
            if (!request.needsReminder(now)) {
                continue;
            }
            NotificationEvent event = request.overdue(now) ? NotificationEvent.DSR_OVERDUE
                    : NotificationEvent.DSR_DUE_SOON;
            notifications.raise(tenant, event, Optional.empty(),
                    event.type() + ":" + request.id() + ":" + request.dueOn(), staffFacts(request), Optional.empty());
            request.reminded(now);
            if (requests.update(tenant, request) == UpdateResult.UPDATED) {
                sent++;
            }
        }
        return sent;
    }

    @Override
    public List<ErasureRecord> erasureLog(OperatorId operator) {
        List<ErasureRecord> log = new ArrayList<>();
        for (TenantId tenant : tenants.tenants()) {
            ctx.inTenant(tenant, () -> Outcome.ok(log.addAll(personalData.erasures(tenant))));
        }
        return log;
    }

    @Override
    public int reapply(OperatorId operator, List<ErasureRecord> records) {
        Map<TenantId, List<ErasureRecord>> byTenant = new HashMap<>();
        records.forEach(r -> byTenant.computeIfAbsent(r.tenantId(), t -> new ArrayList<>()).add(r));
        int applied = 0;
        for (Map.Entry<TenantId, List<ErasureRecord>> entry : byTenant.entrySet()) {
            TenantId tenant = entry.getKey();
            Outcome<Integer> done = ctx.inTenant(tenant, () -> {
                if (organizations.find(tenant).isEmpty()) {
                    return Outcome.ok(0);
                }
                long changed = 0;
                for (ErasureRecord record : entry.getValue()) {
                    changed += personalData.erase(tenant, record.subject(), ctx.now()).total();
                }
                ctx.audit.record(tenant, ActorRef.operator(operator), AuditAction.ERASURE_REAPPLIED,
                        "organization:" + tenant.value(), Map.of("erasures", Integer.toString(entry.getValue().size()),
                                "records", Long.toString(changed)));
                return Outcome.ok(entry.getValue().size());
            });
            applied += done.isOk() ? done.orElseThrow() : 0;
        }
        return applied;
    }

    private interface Step<T> {
        Outcome<T> apply(Access.Granted access, SubjectRequest request);
    }

    private <T> Outcome<T> withRequest(Actor actor, SubjectRequestId id, Step<T> step) {
        return ctx.authorized(actor, Permission.PRIVACY_MANAGE, access -> requests.find(actor.tenantId(), id)
                .map(request -> step.apply(access, request))
                .orElseGet(() -> Outcome.notFound("request")));
    }

    private Outcome<SubjectRequest> saved(Access.Granted access, SubjectRequest request, AuditAction action,
                                          Map<String, String> details) {
        if (requests.update(request.tenantId(), request) == UpdateResult.CONFLICT) {
            return UseCaseContext.stale("request");
        }
        audit(request.tenantId(), access.actor(), action, request, details);
        return Outcome.ok(request);
    }

    /** Why {@code request} cannot be carried out as {@code what}: wrong type, closed, or not verified. */
    static <T> Optional<Outcome<T>> refusal(SubjectRequest request, Predicate<RequestType> fits, String what) {
        if (!fits.test(request.type())) {
            return Optional.of(Outcome.rejected(WRONG_STEP, "A " + request.type().words() + " request is not "
                    + "answered by " + what));
        }
        if (!request.open()) {
            return Optional.of(Outcome.rejected(WRONG_STEP, "The request is closed"));
        }
        if (!request.verified()) {
            return Optional.of(Outcome.rejected(NOT_VERIFIED,
                    "Verify the requester's identity before any data is given out or changed"));
        }
        return Optional.empty();
    }

    private void audit(TenantId tenant, ActorRef actor, AuditAction action, SubjectRequest request,
                       Map<String, String> details) {
        Map<String, String> all = new HashMap<>(details);
        all.put("type", request.type().name());
        all.put("subject", request.subject().toString());
        ctx.audit.record(tenant, actor, action, "privacy-request:" + request.id(), all);
    }

    private static Map<String, String> staffFacts(SubjectRequest request) {
        return Map.of("request", request.type().words(), "due", request.dueOn().toString(),
                "requestId", request.id().toString());
    }

    private static String resolution(ErasureResult result) {
        StringBuilder text = new StringBuilder("Erased or anonymized " + result.total() + " records.");
        result.kept().forEach(k -> text.append(" Kept ").append(k.records()).append(' ').append(k.entity())
                .append(": ").append(k.reason()).append('.'));
        return text.length() > 2000 ? text.substring(0, 1997) + "..." : text.toString();
    }

    private static Email requesterEmail(String text) {
        try {
            return Email.of(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("requesterEmail", e.reason());
        }
    }

    private static LocalDate today(Instant now) {
        return now.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
