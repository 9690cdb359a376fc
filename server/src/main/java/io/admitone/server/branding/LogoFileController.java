package io.admitone.server.branding;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import io.admitone.server.storage.FileStorage;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.UUID;

/**
 * Serves uploaded logos to anyone, without credentials. A logo's file name is the digest of its bytes, so a
 * response may be cached for a year: another logo gets another URL. A logo stays served after it is replaced or
 * removed, so that e-mails already sent with it keep showing it.
 */
@RestController
@ConditionalOnRole(Role.QUERY)
class LogoFileController {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final FileStorage storage;

    LogoFileController(FileStorage storage) {
        this.storage = storage;
    }

    @GetMapping("/api/v1/orgs/{orgId}/branding/logos/{fileName}")
    Mono<ResponseEntity<byte[]>> logo(@PathVariable UUID orgId, @PathVariable String fileName) {
        if (!LogoImage.FILE_NAME.matcher(fileName).matches()) {
            return Mono.error(notFound());
        }
        return Mono.fromCallable(() -> storage.get(LogoFiles.key(new TenantId(orgId), fileName)).orElse(null))
                .subscribeOn(Schedulers.boundedElastic())
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .cacheControl(FOREVER)
                        .body(file.content()))
                .switchIfEmpty(Mono.error(LogoFileController::notFound));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such logo");
    }
}
