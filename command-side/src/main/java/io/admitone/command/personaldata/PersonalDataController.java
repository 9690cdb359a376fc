package io.admitone.command.personaldata;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Owners and admins erase a buyer's personal data on the buyer's request. The answer is 202 whether or not the
 * address bought anything: the read models forget the buyer a moment later.
 */
@RestController
class PersonalDataController {

    record ErasureRequest(@NotBlank @Email @Size(max = 320) String email) {
    }

    private final CommandSender commands;
    private final BuyerErasures erasures;

    PersonalDataController(CommandSender commands, BuyerErasures erasures) {
        this.commands = commands;
        this.erasures = erasures;
    }

    @PostMapping("/api/v1/orgs/{orgId}/personal-data/erasures")
    Mono<ResponseEntity<Void>> erase(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                     @Valid @RequestBody ErasureRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.PERSONAL_DATA_ERASE);
        return commands.coordinate(metaData -> {
            erasures.erase(tenant, request.email(), metaData);
            return ResponseEntity.accepted().build();
        });
    }
}
