package org.ponte.platform.sample;

import org.ponte.events.cases.CaseClosed;
import org.ponte.events.vocabulary.CaseClosureReason;
import org.ponte.platform.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A minimal aggregate on the platform's outbox, the way case-service's cases are built. */
@Document("sample_cases")
public class SampleCase extends AggregateRoot {

    @Id
    private String id;
    private String beneficiaryId;
    private String officeId;
    private boolean closed;

    SampleCase() {
    }

    public SampleCase(String id, String beneficiaryId, String officeId) {
        this.id = id;
        this.beneficiaryId = beneficiaryId;
        this.officeId = officeId;
    }

    public void close(String by, Instant at) {
        closed = true;
        publish(new CaseClosed(id, beneficiaryId, officeId, CaseClosureReason.OBJECTIVES_MET, by, at), at);
    }

    public String id() {
        return id;
    }

    public boolean closed() {
        return closed;
    }
}
