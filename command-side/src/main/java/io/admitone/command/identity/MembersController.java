package io.admitone.command.identity;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.identity.AcceptInvitationCommand;
import io.admitone.kernel.identity.ChangeMembershipRolesCommand;
import io.admitone.kernel.identity.InvitationResult;
import io.admitone.kernel.identity.InviteStaffMemberCommand;
import io.admitone.kernel.identity.RevokeMembershipCommand;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

/** Staff of an organisation: invite (or add an existing user), change roles, remove, accept an invitation. */
@RestController
class MembersController {

    record InviteRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String displayName,
                         @NotEmpty Set<StaffRole> roles) {
    }

    /**
     * {@code invitationToken} is shown this once, and only to invite a user who has not accepted an invitation yet:
     * a new one, or one invited before, whose earlier token it replaces.
     */
    record Invited(UserId userId, String invitationToken) {
    }

    record RolesRequest(@NotEmpty Set<StaffRole> roles) {
    }

    record AcceptRequest(@NotNull UUID userId, @NotBlank String token, @NotBlank String password) {
    }

    private final CommandSender commands;

    MembersController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/orgs/{orgId}/members")
    Mono<ResponseEntity<Invited>> invite(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                         @Valid @RequestBody InviteRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.MEMBERS_MANAGE);
        return commands.<InvitationResult>send(new InviteStaffMemberCommand(UserId.random(), tenant, request.email(),
                        request.displayName(), request.roles()))
                .map(result -> ResponseEntity.created(URI.create("/api/v1/orgs/" + orgId + "/members/" + result.userId()))
                        .body(new Invited(result.userId(), result.invitationToken())));
    }

    @PutMapping("/api/v1/orgs/{orgId}/members/{userId}/roles")
    Mono<ResponseEntity<Void>> changeRoles(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                           @PathVariable UUID userId, @Valid @RequestBody RolesRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.MEMBERS_MANAGE);
        return commands.send(new ChangeMembershipRolesCommand(new UserId(userId), tenant, request.roles()))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @DeleteMapping("/api/v1/orgs/{orgId}/members/{userId}")
    Mono<ResponseEntity<Void>> remove(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                      @PathVariable UUID userId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.MEMBERS_MANAGE);
        return commands.send(new RevokeMembershipCommand(new UserId(userId), tenant))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping("/api/v1/auth/invitations/accept")
    Mono<ResponseEntity<Void>> accept(@Valid @RequestBody AcceptRequest request) {
        return commands.send(new AcceptInvitationCommand(new UserId(request.userId()), request.token(), request.password()))
                .thenReturn(ResponseEntity.noContent().build());
    }
}
