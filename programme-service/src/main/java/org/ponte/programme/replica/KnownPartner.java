package org.ponte.programme.replica;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** That a partner organisation is in the directory, and whether it is active, from partner-directory. */
@Document("known_partners")
public class KnownPartner {

    @Id
    String partnerId;
    boolean active;
    long revision;

    public String partnerId() {
        return partnerId;
    }

    public boolean active() {
        return active;
    }
}
