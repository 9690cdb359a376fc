package io.admitone.query.audit.chain;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.ListParameters;
import io.admitone.query.paging.ListQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * An organisation's hash chain for those who may read its books: verified against the event store, and its signed
 * checkpoints listed (newest first) or made now. Making a checkpoint changes nothing of the business, so it needs
 * no more than reading the audit trail does.
 */
@RestController
class AuditChainController {

    static final String AUDIT = "/api/v1/orgs/{orgId}/audit";

    private final ChainVerifier verifier;
    private final ChainCheckpoints checkpoints;

    AuditChainController(ChainVerifier verifier, ChainCheckpoints checkpoints) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    @GetMapping(AUDIT + "/verify")
    Mono<ChainReport> verify(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId) {
        TenantId tenant = financeOf(caller, orgId);
        return blocking(() -> verifier.verify(tenant));
    }

    @GetMapping(AUDIT + "/checkpoints")
    Mono<CursorPage<CheckpointView>> checkpoints(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                                 ListParameters page) {
        TenantId tenant = financeOf(caller, orgId);
        ListQuery<CheckpointView> list = page.against(ChainCheckpoints.SORTS);
        return blocking(() -> list.page(checkpoints.page(tenant, list)));
    }

    @PostMapping(AUDIT + "/checkpoints")
    Mono<ResponseEntity<CheckpointView>> checkpoint(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId) {
        TenantId tenant = financeOf(caller, orgId);
        return blocking(() -> checkpoints.checkpoint(tenant).orElseThrow(NothingChainedYet::new))
                .map(signed -> ResponseEntity.status(signed.created() ? 201 : 200).body(signed.checkpoint()));
    }

    private static TenantId financeOf(Caller caller, UUID orgId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.FINANCE_READ);
        return tenant;
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
