package cn.jilin.laborbrand.platform.apiclient;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditOutcome;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API clients (开放数据接口): the security administrator registers a government system, issues and rotates its token
 * (shown once, stored as a hash) and disables it; each request of the system is authenticated here, and each answered
 * call is recorded in the audit log with its dataset, region and result count (no personal data).
 */
@Service
public class ApiClientService {

    private final ApiClientRepository clients;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    ApiClientService(ApiClientRepository clients, RegionService regions, AuditService audit, Clock clock) {
        this.clients = clients;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The registered clients, newest first (tokens appear only as their prefix). */
    @PreAuthorize("hasAnyAuthority('api:client:view', 'api:client:manage')")
    @Unscoped("the administrators' register of client systems: no business data, no token")
    @Transactional(readOnly = true)
    public List<ApiClient> list() {
        return clients.findAll(Sort.by(Sort.Direction.DESC, "id"));
    }

    /** Registers a client and issues its first token, which the caller shows once. */
    @PreAuthorize("hasAuthority('api:client:manage')")
    @Unscoped("the administrators' register of client systems; answers only the token it has just issued")
    @Transactional
    public IssuedToken register(NewApiClient details) {
        if (regions.find(details.regionCode()).isEmpty()) {
            throw new RuleViolation("regionCode", "apiClient.region.unknown");
        }
        if (!details.expiresOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("expiresOn", "apiClient.expiresOn.past");
        }
        if (clients.existsByNameIgnoreCase(details.name().strip())) {
            throw new RuleViolation("name", "apiClient.name.taken");
        }
        ApiClient client = new ApiClient(details);
        String token = ApiTokens.generate();
        client.issue(token, clock.instant());
        clients.save(client);
        audit.record("api-client.register", "api_client", client.getId(), "name=" + client.getName() + " region=" + client.getRegionCode()
                + " datasets=" + client.getDatasets() + " rate=" + client.getRatePerMinute() + " expires=" + client.getExpiresOn()
                + " prefix=" + client.getTokenPrefix());
        return new IssuedToken(client.getId(), client.getName(), token);
    }

    /** Issues a new token; the old one stops working with the next request. */
    @PreAuthorize("hasAuthority('api:client:manage')")
    @Unscoped("the administrators' register of client systems; answers only the token it has just issued")
    @Transactional
    public IssuedToken rotate(long id, long shownVersion) {
        ApiClient client = clients.findById(id).orElseThrow(() -> new NotFoundException("api_client", id));
        client.requireVersion(shownVersion);
        if (!client.isEnabled()) {
            throw new RuleViolation("apiClient.disabled");
        }
        String token = ApiTokens.generate();
        client.issue(token, clock.instant());
        audit.record("api-client.rotate", "api_client", client.getId(), "prefix=" + client.getTokenPrefix());
        return new IssuedToken(client.getId(), client.getName(), token);
    }

    /** Disables a client for good; its token stops working with the next request. */
    @PreAuthorize("hasAuthority('api:client:manage')")
    @Transactional
    public void disable(long id, long shownVersion) {
        ApiClient client = clients.findById(id).orElseThrow(() -> new NotFoundException("api_client", id));
        client.requireVersion(shownVersion);
        if (client.isEnabled()) {
            client.disable();
            audit.record("api-client.disable", "api_client", client.getId(), "prefix=" + client.getTokenPrefix());
        }
    }

    /**
     * The grant of a presented token, if it names an enabled client whose registration has not expired; anything else
     * (unknown, rotated away, disabled, expired, malformed) is no grant at all.
     */
    @Transactional(readOnly = true)
    public Optional<ApiClientGrant> authenticate(String token) {
        if (!ApiTokens.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = ApiTokens.hash(token);
        LocalDate today = LocalDate.now(clock);
        return clients.findByTokenHash(hash)
                .filter(c -> ApiTokens.same(c.getTokenHash(), hash) && c.validOn(today))
                .map(c -> new ApiClientGrant(c.getId(), c.getName(), c.getTokenPrefix(), c.getRegionCode(), c.getDatasets(),
                        c.getRatePerMinute()));
    }

    /** An answered call: the client's last use and an audit line (dataset, region, how many rows; nothing personal). */
    @Transactional
    public void recordCall(ApiClientGrant grant, ApiDataset dataset, String regionCode, int results) {
        clients.findById(grant.clientId()).ifPresent(c -> c.used(clock.instant()));
        audit.record(actor(grant), "api.call", "api_client", grant.clientId(), AuditOutcome.SUCCESS,
                "dataset=" + dataset + " region=" + regionCode + " results=" + results);
    }

    /** A call refused for a dataset or region outside the client's grant. */
    @Transactional
    public void recordRefusal(ApiClientGrant grant, String path, String reason) {
        audit.record(actor(grant), "api.refused", "api_client", grant.clientId(), AuditOutcome.DENIED,
                "path=" + (path.length() > 120 ? path.substring(0, 120) : path) + " reason=" + reason);
    }

    private static AuditActor actor(ApiClientGrant grant) {
        return new AuditActor(null, "api-client:" + grant.clientId(), null);
    }
}
