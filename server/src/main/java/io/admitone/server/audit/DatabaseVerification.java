package io.admitone.server.audit;

import com.zaxxer.hikari.HikariDataSource;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.audit.chain.ChainReport;
import io.admitone.query.audit.chain.ChainVerifier;
import io.admitone.server.infrastructure.InfrastructureProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code audit verify}: reads the database settings as the server does (application.yml, environment, arguments)
 * without starting the server, then verifies each organisation's chain and prints its report as a JSON line.
 */
final class DatabaseVerification {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DatabaseVerification() {
    }

    static int run(CommandLineOptions options, PrintStream out) {
        InfrastructureProperties.Db db = settings(options.properties());
        if (!db.configured()) {
            throw new IllegalArgumentException("audit verify needs the database the server uses: set "
                    + "ADMITONE_DB_URL (admitone.db.url), ADMITONE_DB_USER and ADMITONE_DB_PASSWORD");
        }
        try (HikariDataSource dataSource = dataSource(db)) {
            ChainVerifier verifier = ChainVerifier.over(dataSource);
            List<UUID> organisations = options.value("organisation")
                    .map(wanted -> List.of(verifier.organisation(wanted).orElseThrow(() ->
                            new IllegalArgumentException("No organisation has the id or slug '" + wanted + "'"))))
                    .orElseGet(verifier::chainedOrganisations);
            boolean verified = true;
            for (UUID organisation : organisations) {
                ChainReport report = verifier.verify(new TenantId(organisation));
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("organisation", organisation);
                line.put("report", report);
                out.println(JSON.writeValueAsString(line));
                verified &= report.verified();
            }
            return verified ? AuditCommandLine.VERIFIED : AuditCommandLine.BROKEN;
        }
    }

    private static InfrastructureProperties.Db settings(List<String> properties) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN")
                .run(properties.toArray(String[]::new))) {
            return context.getBean(InfrastructureProperties.class).db();
        }
    }

    private static HikariDataSource dataSource(InfrastructureProperties.Db db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.url());
        dataSource.setUsername(db.user());
        dataSource.setPassword(db.password());
        dataSource.setMaximumPoolSize(2);
        dataSource.setPoolName("audit-verify");
        return dataSource;
    }

    /** Binds the settings and nothing else; not a configuration class, so the server's scan passes it by. */
    @EnableConfigurationProperties(InfrastructureProperties.class)
    static class Settings {
    }
}
