package org.ponte.cases.office;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What case-service knows of an office from the directory: the prefix of its case numbers, and whether it is active. */
@Document("known_offices")
class KnownOffice {

    @Id
    String officeId;
    String caseNumberPrefix;
    boolean active;
    long revision;
}
