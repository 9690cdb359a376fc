package io.admitone.server.tickets;

import com.nimbusds.jose.jwk.JWK;
import io.admitone.server.security.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Ticket passes are signed with the key that signs access tokens, whose public half scanners already fetch. */
@Configuration(proxyBeanMethods = false)
class TicketPassConfiguration {

    @Bean
    TicketPasses ticketPasses(JWK signingKey, SecurityProperties security) {
        return new TicketPasses(signingKey, security.issuer());
    }
}
