package org.ponte.programme.replica;

import org.ponte.platform.privacy.Processing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** That a person is registered at an office, from case-events: an id and an office, nothing personal. */
@Processing(holds = "the person's id and office",
        purpose = "checking that a participant belongs to the activity's office",
        kept = "until the person is erased")
@Document("known_people")
public class KnownPerson {

    @Id
    String beneficiaryId;
    String officeId;
    boolean erased;

    public String beneficiaryId() {
        return beneficiaryId;
    }

    /** Whether the person can take part in the office's activities: registered there and not erased. */
    public boolean isOf(String officeId) {
        return !erased && officeId.equals(this.officeId);
    }
}
