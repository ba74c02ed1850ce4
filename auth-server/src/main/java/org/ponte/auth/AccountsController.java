package org.ponte.auth;

import org.ponte.auth.Accounts.ConfiguredAccountException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import static org.ponte.auth.StaffController.refused;

/**
 * The people and API clients of the server, kept by administrators (ADMIN) without a restart:
 * {@code GET /api/v1/accounts} lists them (never a secret), {@code PUT /api/v1/accounts/{id}} creates or replaces one
 * ({@code enabled: false} signs it out of every new token). The caller's role is checked before the body is read.
 */
@RestController
class AccountsController {

    private static final Logger log = LoggerFactory.getLogger(AccountsController.class);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int SHORTEST_SECRET = 12;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Accounts accounts;

    AccountsController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** What an administrator sends: the secret only to set or change it. */
    record AccountRequest(StoredAccount.Kind kind, String secret, String name, List<String> roles, String officeId,
                          String partnerId, String region, Boolean enabled) {
    }

    record AccountView(String id, StoredAccount.Kind kind, String name, List<String> roles, String officeId, String partnerId,
                       String region, boolean enabled, StoredAccount.Source managedBy, Instant changedAt, String changedBy) {

        static AccountView of(StoredAccount account) {
            return new AccountView(account.id(), account.kind(), account.name(), account.roles(), account.officeId(), account.partnerId(),
                    account.region(), account.enabled(), account.source(), account.changedAt(), account.changedBy());
        }
    }

    @GetMapping(value = "/api/v1/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> list(@AuthenticationPrincipal Jwt caller) {
        if (!isAdministrator(caller)) {
            return refused(HttpStatus.FORBIDDEN, "access-denied", "Only administrators read the accounts.");
        }
        return ResponseEntity.ok(accounts.all().stream().map(AccountView::of).toList());
    }

    @PutMapping(value = "/api/v1/accounts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> keep(@AuthenticationPrincipal Jwt caller, @PathVariable String id, @RequestBody(required = false) String body) {
        if (!isAdministrator(caller)) {
            return refused(HttpStatus.FORBIDDEN, "access-denied", "Only administrators keep the accounts.");
        }
        AccountRequest request;
        try {
            request = body == null ? null : JSON.readValue(body, AccountRequest.class);
        } catch (JacksonException unreadable) {
            request = null;
        }
        if (request == null || request.kind() == null) {
            return refused(HttpStatus.BAD_REQUEST, "unreadable-request", "Send a JSON account with its kind (PERSON or API_CLIENT) and roles.");
        }
        if (!ID.matcher(id).matches()) {
            return refused(HttpStatus.BAD_REQUEST, "invalid-request", "An account id is 3 to 64 lower-case letters, digits, '.', '_' or '-'.");
        }
        if (request.secret() != null && request.secret().length() < SHORTEST_SECRET) {
            return refused(HttpStatus.BAD_REQUEST, "invalid-request", "A password or secret has at least " + SHORTEST_SECRET + " characters.");
        }
        boolean isNew = !accounts.exists(id);
        try {
            StoredAccount kept = accounts.keep(id, request.kind(), request.secret(), request.name(),
                    new AccessGrant(request.roles(), request.officeId(), request.partnerId(), request.region()),
                    request.enabled() == null || request.enabled(), caller.getSubject());
            log.info("Account {} {} by {} (roles {}, enabled {})", id, isNew ? "created" : "changed", caller.getSubject(), kept.roles(), kept.enabled());
            return ResponseEntity.status(isNew ? HttpStatus.CREATED : HttpStatus.OK).body(AccountView.of(kept));
        } catch (ConfiguredAccountException configured) {
            return refused(HttpStatus.CONFLICT, "account-configured", configured.getMessage() + "; change it there.");
        } catch (IllegalStateException invalid) {
            return refused(HttpStatus.BAD_REQUEST, "invalid-request", invalid.getMessage());
        }
    }

    private static boolean isAdministrator(Jwt caller) {
        List<String> roles = caller.getClaimAsStringList("roles");
        return roles != null && roles.contains("ADMIN");
    }
}
