package cn.jilin.laborbrand.web.api;

import cn.jilin.laborbrand.platform.apiclient.ApiClientService;
import cn.jilin.laborbrand.platform.ratelimit.RateLimiter;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The security chain of /api/v1, before the portal's: stateless (no session is read or created, no CSRF, no sign-in
 * form); GET on the public datasets for anyone; /api/v1/gov only with a client token ({@link ClientTokenFilter}), 401
 * without one and 403 for a portal user; every refusal answered in JSON.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiClientService clients, RateLimiter limiter, ApiErrors errors, Clock clock) throws Exception {
        http
                .securityMatcher("/api/v1/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/gov/**").hasAuthority(ApiClientAuthentication.CLIENT)
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/v1/**").permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            errors.write(response, 401, null);
                        })
                        .accessDeniedHandler((request, response, e) -> errors.write(response, 403, null)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .addFilterBefore(new ClientTokenFilter(clients, limiter, errors, clock), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
