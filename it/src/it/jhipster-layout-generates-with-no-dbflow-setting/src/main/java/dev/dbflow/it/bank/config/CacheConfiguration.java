package dev.dbflow.it.bank.config;

import dev.dbflow.it.bank.domain.BankAccount;
import dev.dbflow.it.bank.domain.Operation;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.ExpiryPolicyBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.jsr107.Eh107Configuration;
import org.hibernate.cache.jcache.ConfigSettings;
import org.springframework.boot.cache.autoconfigure.JCacheManagerCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;

/** Hibernate's second-level cache in Ehcache, one cache per cached entity, created before Hibernate starts. */
@Configuration
@EnableCaching
public class CacheConfiguration {

    private static final List<String> ENTITY_CACHES = List.of(BankAccount.class.getName(), Operation.class.getName());

    private final javax.cache.configuration.Configuration<Object, Object> entityCache =
            Eh107Configuration.fromEhcacheCacheConfiguration(CacheConfigurationBuilder
                    .newCacheConfigurationBuilder(Object.class, Object.class, ResourcePoolsBuilder.heap(100))
                    .withExpiry(ExpiryPolicyBuilder.timeToLiveExpiration(Duration.ofHours(1)))
                    .build());

    @Bean
    public HibernatePropertiesCustomizer hibernateCacheManager(javax.cache.CacheManager cacheManager) {
        return properties -> properties.put(ConfigSettings.CACHE_MANAGER, cacheManager);
    }

    @Bean
    public JCacheManagerCustomizer entityCaches() {
        return cacheManager -> ENTITY_CACHES.forEach(name -> cacheManager.createCache(name, entityCache));
    }
}
