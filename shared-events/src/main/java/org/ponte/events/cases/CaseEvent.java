package org.ponte.events.cases;

import org.ponte.events.PonteEvent;

/** An event on the {@code case-events} topic, published by case-service. */
public interface CaseEvent extends PonteEvent {

    /** The office whose technicians own the beneficiary or case; reports and access checks group by it. */
    String officeId();
}
