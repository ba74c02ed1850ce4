package org.ponte.notifications.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Where and in which language a partner is told of referrals: this service's copy of the partner directory. */
@Document("partner_contacts")
public class PartnerContact {

    @Id
    String partnerId;
    String name;
    String email;
    String preferredLanguage;
    boolean active;
    long revision;

    public String partnerId() {
        return partnerId;
    }

    public String email() {
        return email;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public boolean active() {
        return active;
    }
}
