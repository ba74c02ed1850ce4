package org.ponte.reporting.plan;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

public interface ManualEntries extends MongoRepository<ManualEntry, String> {

    List<ManualEntry> findByPlanIdAndCode(String planId, String code);
}
