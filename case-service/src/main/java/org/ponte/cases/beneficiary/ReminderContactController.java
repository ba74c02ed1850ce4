package org.ponte.cases.beneficiary;

import org.ponte.platform.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /internal/v1/beneficiaries/{id}/reminder-contact}: a person's address, for notification-service alone, at
 * the moment it sends them a reminder, so that the address never travels on a topic nor stays in another service.
 */
@RestController
class ReminderContactController {

    private final BeneficiaryService service;

    ReminderContactController(BeneficiaryService service) {
        this.service = service;
    }

    @GetMapping("/internal/v1/beneficiaries/{id}/reminder-contact")
    ReminderContact contact(@AuthenticationPrincipal CurrentUser caller, @PathVariable String id) {
        return service.reminderContact(caller, id);
    }
}
