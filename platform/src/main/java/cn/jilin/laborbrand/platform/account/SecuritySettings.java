package cn.jilin.laborbrand.platform.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules ({@code laborbrand.security.*}).
 *
 * @param maxFailedLogins consecutive failures that lock an account
 * @param lockoutDuration how long the lock lasts
 * @param passwordMaxAge  age after which a password must be changed at next sign-in; zero turns ageing off
 */
@ConfigurationProperties("laborbrand.security")
public record SecuritySettings(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("90d") Duration passwordMaxAge) {
}
