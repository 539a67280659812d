package cn.jilin.laborbrand.platform;

import cn.jilin.laborbrand.platform.account.SecuritySettings;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.scope.ScopedJpaRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Wiring of the shared kernel, used by the portal and by every module's tests. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
@EnableJpaRepositories(basePackages = "cn.jilin.laborbrand", repositoryBaseClass = ScopedJpaRepository.class)
@EnableJpaAuditing(auditorAwareRef = "signedInAuditor", dateTimeProviderRef = "auditingClock")
public class PlatformConfiguration {

    /** Beijing time: {@code LocalDate.now(clock)} is today as users in Jilin count days. */
    @Bean
    Clock clock() {
        return Clock.system(PlatformTime.ZONE);
    }

    /** BCrypt by default, behind {@code {id}} prefixes so that the algorithm can change without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PersonalDataCipher personalDataCipher(@Value("${laborbrand.data-key:}") String dataKey) {
        return new PersonalDataCipher(dataKey);
    }

    /** Fills created_by / updated_by with the signed-in account's id. */
    @Bean
    AuditorAware<Long> signedInAuditor() {
        return () -> Optional.ofNullable(AuditActor.current().accountId());
    }

    @Bean
    DateTimeProvider auditingClock(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
