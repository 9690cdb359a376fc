package io.admitone.query.auth;

import io.admitone.kernel.access.Caller;
import io.admitone.query.access.StaffDirectory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

@RestController
class TokenController {

    record TokenRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    private final StaffDirectory staff;
    private final ContributedAuthentication contributed;
    private final JwtEncoder encoder;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Clock clock;
    private final String issuer;
    private final Duration lifetime;

    TokenController(StaffDirectory staff, ContributedAuthentication contributed, JwtEncoder encoder, Clock clock,
                    @Value("${admitone.security.jwt.issuer:admitone}") String issuer,
                    @Value("${admitone.security.jwt.access-token-lifetime:PT15M}") Duration lifetime) {
        this.staff = staff;
        this.contributed = contributed;
        this.encoder = encoder;
        this.clock = clock;
        this.issuer = issuer;
        this.lifetime = lifetime;
    }

    @PostMapping("/api/v1/auth/token")
    Mono<TokenResponse> token(@Valid @RequestBody TokenRequest request) {
        return Mono.fromCallable(() -> issue(request)).subscribeOn(Schedulers.boundedElastic());
    }

    private TokenResponse issue(TokenRequest request) {
        var account = staff.account(request.email());
        boolean matches = matches(request.password(), account.map(StaffDirectory.Account::passwordHash)
                .orElseGet(UnknownUser::hash));
        if (account.isEmpty() || !account.get().active() || !(matches || provenElsewhere(request))) {
            throw new InvalidCredentials();
        }
        return new TokenResponse(sign(staff.caller(account.get())), "Bearer", lifetime.toSeconds());
    }

    /** Whether another way of proving identity vouches for this very address: it proves, AdmitOne grants roles. */
    private boolean provenElsewhere(TokenRequest request) {
        return contributed.authenticate(request.email(), request.password().toCharArray())
                .filter(proven -> proven.equalsIgnoreCase(request.email().strip()))
                .isPresent();
    }

    /** bcrypt refuses passwords over 72 bytes; no stored password is that long, so such a one is simply wrong. */
    private boolean matches(String password, String hash) {
        try {
            return passwords.matches(password, hash);
        } catch (IllegalArgumentException tooLong) {
            return false;
        }
    }

    private String sign(Caller caller) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).subject(caller.subject())
                .issuedAt(now).expiresAt(now.plus(lifetime));
        caller.claims().forEach(claims::claim);
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.ES256).build(), claims.build()))
                .getTokenValue();
    }

    /** Checked against when the e-mail is unknown, so that both failures take about as long; made on first need. */
    private static final class UnknownUser {
        private static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder(12).encode(UUID.randomUUID().toString());

        static String hash() {
            return HASH;
        }
    }
}
