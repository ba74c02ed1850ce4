package org.ponte.cases.office;

import org.springframework.data.mongodb.repository.MongoRepository;

interface KnownOffices extends MongoRepository<KnownOffice, String> {
}
