package io.admitone.server.security;

import io.admitone.query.access.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Mono;

/**
 * Accepts access tokens of the single sign-on issuer ({@link SsoTokens}) as the AdmitOne users they name
 * ({@link SsoCallers}). Exists only when {@code admitone.security.sso.issuer-uri} is set. It is no
 * {@code ReactiveAuthenticationManager} bean of its own: {@link BearerAuthentication} is the one, and hands
 * this issuer's tokens on to it.
 */
@Component
@Conditional(SsoAuthentication.Configured.class)
class SsoAuthentication {

    private static final Logger log = LoggerFactory.getLogger(SsoAuthentication.class);

    private final String issuer;
    private final ReactiveAuthenticationManager tokens;

    SsoAuthentication(SsoProperties sso, SecurityProperties security, StaffDirectory staff) {
        if (sso.issuerUri().equals(security.issuer())) {
            throw new IllegalStateException("admitone.security.sso.issuer-uri must differ from admitone.security.jwt.issuer ("
                    + security.issuer() + "): the issuer tells AdmitOne's own tokens from single sign-on tokens");
        }
        this.issuer = sso.issuerUri();
        SsoCallers callers = new SsoCallers(sso, staff);
        JwtReactiveAuthenticationManager jwt = new JwtReactiveAuthenticationManager(SsoTokens.decoder(sso));
        jwt.setJwtAuthenticationConverter(token -> callers.caller(token).map(CallerAuthentication::of));
        this.tokens = jwt;
        logSetUp(sso);
    }

    String issuer() {
        return issuer;
    }

    Mono<Authentication> authenticate(Authentication bearer) {
        return tokens.authenticate(bearer);
    }

    private static void logSetUp(SsoProperties sso) {
        log.info("Accepting single sign-on tokens of {} with {} role mapping(s)", sso.issuerUri(), sso.roleMappings().size());
        if (sso.audience() == null) {
            log.warn("admitone.security.sso.audience is not set: every token that {} issues, for whichever "
                    + "application, is accepted", sso.issuerUri());
        }
        if (sso.issuerUri().startsWith("http:")) {
            log.warn("The single sign-on issuer {} is reached over plain HTTP: whoever can alter that traffic can "
                    + "sign in as any staff user", sso.issuerUri());
        }
    }

    /** Single sign-on is on when an issuer is configured. */
    static final class Configured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bind("admitone.security.sso.issuer-uri", String.class)
                    .map(StringUtils::hasText).orElse(false);
        }
    }
}
