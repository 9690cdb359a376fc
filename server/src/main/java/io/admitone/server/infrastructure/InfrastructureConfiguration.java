package io.admitone.server.infrastructure;

import com.zaxxer.hikari.HikariDataSource;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.redisson.config.SingleServerConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the DataSource and the Redisson client here rather than leaving them to auto-configuration:
 * Axon's and db-scheduler's auto-configurations look for the DataSource before Boot's own would exist.
 */
@Configuration(proxyBeanMethods = false)
class InfrastructureConfiguration {

    @Bean
    EmbeddedServers embeddedServers() {
        return new EmbeddedServers();
    }

    @Bean
    DatabaseEndpoint databaseEndpoint(InfrastructureProperties properties, EmbeddedServers embedded) {
        InfrastructureProperties.Db db = properties.db();
        return db.configured()
                ? new DatabaseEndpoint(db.url(), db.user(), db.password())
                : embedded.startPostgres(properties.dataDir(), properties.embedded().postgresPort());
    }

    @Bean
    RedisEndpoint redisEndpoint(InfrastructureProperties properties, EmbeddedServers embedded) {
        InfrastructureProperties.Redis redis = properties.redis();
        return redis.configured()
                ? new RedisEndpoint(redis.url())
                : embedded.startRedis(properties.dataDir(), properties.embedded().redisPort());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DatabaseEndpoint endpoint, DataSourceProperties properties) {
        properties.setUrl(endpoint.url());
        properties.setUsername(endpoint.user());
        properties.setPassword(endpoint.password());
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    @Bean(destroyMethod = "shutdown")
    RedissonClient redissonClient(RedisEndpoint endpoint) {
        Config config = new Config();
        SingleServerConfig server = config.useSingleServer().setAddress(endpoint.address());
        endpoint.username().ifPresent(server::setUsername);
        endpoint.password().ifPresent(server::setPassword);
        return Redisson.create(config);
    }
}
