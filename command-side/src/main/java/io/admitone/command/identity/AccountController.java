package io.admitone.command.identity;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.identity.ChangePasswordCommand;
import io.admitone.kernel.identity.DisableStaffUserCommand;
import io.admitone.kernel.identity.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** A signed-in user changes its own password; a platform admin disables a user for good. */
@RestController
class AccountController {

    record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
    }

    private final CommandSender commands;

    AccountController(CommandSender commands) {
        this.commands = commands;
    }

    @PutMapping("/api/v1/me/password")
    Mono<ResponseEntity<Void>> changePassword(@AuthenticationPrincipal Caller caller,
                                              @Valid @RequestBody PasswordChange request) {
        return commands.send(new ChangePasswordCommand(caller.requireUser(), request.currentPassword(),
                        request.newPassword()))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping("/api/v1/admin/users/{userId}/disable")
    Mono<ResponseEntity<Void>> disable(@AuthenticationPrincipal Caller caller, @PathVariable UUID userId) {
        caller.requirePlatformAdmin();
        return commands.send(new DisableStaffUserCommand(new UserId(userId)))
                .thenReturn(ResponseEntity.noContent().build());
    }
}
