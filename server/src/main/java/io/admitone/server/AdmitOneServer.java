package io.admitone.server;

import io.admitone.server.audit.AuditCommandLine;
import io.admitone.server.security.SealingKeys;
import io.admitone.server.security.SigningKeys;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.List;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AdmitOneServer {

    public static void main(String[] args) {
        if (List.of(args).contains("--generate-signing-key")) {
            System.out.println(SigningKeys.generate().toJSONString());
            return;
        }
        if (List.of(args).contains("--generate-sealing-key")) {
            System.out.println(SealingKeys.generate());
            return;
        }
        quietLibraries();
        if (AuditCommandLine.asked(args)) {
            System.exit(AuditCommandLine.run(args, System.out));
        }
        SpringApplication.run(AdmitOneServer.class, args);
    }

    /** AdmitOne makes no outbound calls of its own accord: Axon's update check and banners stay off. */
    static void quietLibraries() {
        System.getProperties().putIfAbsent("axoniq.update-checker.disabled", "true");
        System.getProperties().putIfAbsent("disable-axoniq-console-message", "true");
        System.getProperties().putIfAbsent("org.jooq.no-logo", "true");
        System.getProperties().putIfAbsent("org.jooq.no-tips", "true");
    }
}
