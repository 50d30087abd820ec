package dev.crm.application.limits;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimitBeans {

    @Bean
    RateBuckets rateBuckets(DataSource dataSource) {
        return new RateBuckets(dataSource);
    }
}
