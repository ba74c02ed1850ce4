package org.ponte.platform.security;

import org.ponte.platform.web.PlatformWebAutoConfiguration;
import org.ponte.platform.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.http.HttpStatus;

import java.time.Clock;

/**
 * The one security setup of every service: a stateless OAuth2 resource server that accepts JWT bearer
 * tokens, turns them into the {@link CurrentUser}, answers 401 and 403 as problem+json, and lets anonymous
 * callers reach only what is safe (health and info; Prometheus only where {@code ponte.security.public-metrics}).
 * The audit log is for administrators. Services add URL rules with {@link ApiAuthorizationRules} beans and
 * object-level checks through {@link CurrentUser}; {@code @PreAuthorize} works too.
 */
@AutoConfiguration(
        after = PlatformWebAutoConfiguration.class,
        before = {ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
                OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

    /** Every service's token decoder remembers the tokens it verified until they expire ({@link VerifiedTokens}). */
    @Bean
    static BeanPostProcessor verifiedTokens() {
        return VerifiedTokens.wrapping(Clock.systemUTC());
    }

    /** The firewall, strict about query strings and header values too. */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    HttpFirewall strictRequestFirewall() {
        return new StrictRequestFirewall();
    }

    /** What the firewall refuses (path parameters, {@code //}, encoded dots, CR or LF…) as a 400 problem, not Boot's error page. */
    @Bean
    @ConditionalOnMissingBean(RequestRejectedHandler.class)
    RequestRejectedHandler problemRequestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(request, response, HttpStatus.BAD_REQUEST, "rejected-request",
                "The request's URL or headers are not acceptable.");
    }

    /** Backs off where an application brings its own chain (the authorization server does). */
    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain ponteApiSecurity(HttpSecurity http, SecurityProperties properties, ProblemWriter problems,
                                         ObjectProvider<ApiAuthorizationRules> serviceRules) throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
        CurrentUserJwtConverter converter = new CurrentUserJwtConverter(properties.claims());
        http.authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    if (properties.publicMetrics()) {
                        rules.requestMatchers("/actuator/prometheus").permitAll();
                    }
                    rules.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
                    rules.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll();
                    rules.requestMatchers("/api/v1/audit", "/api/v1/audit/**", "/api/v1/admin/keys/**", "/api/v1/processing-record",
                            "/api/v1/subject-access/**").hasRole(Role.ADMIN.name());
                    rules.requestMatchers("/error").permitAll();
                    serviceRules.orderedStream().forEach(rule -> rule.configure(rules));
                    rules.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens in a header are not sent by browsers on their own, so CSRF cannot forge them.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable());
        return http.build();
    }
}
