package org.ponte.cases.beneficiary;

/** A feature that keeps a person's free text elsewhere in this service and must drop it when they are erased. */
public interface ErasureListener {

    void erase(String beneficiaryId);
}
