package org.ponte.cases.beneficiary;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Who may read a person's address to remind them ({@code ponte.cases.reminder-contact.*}).
 *
 * @param readers the client ids of the services allowed to, with the SERVICE role
 */
@ConfigurationProperties("ponte.cases.reminder-contact")
record ReminderContactProperties(@DefaultValue("notification-service") List<String> readers) {
}
