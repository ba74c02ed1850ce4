package org.ponte.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, except that a query naming one {@code _id} among other fields reads that document
 * through the {@code _id} index, as MongoDB does. The library uses an index only for a query whose fields are exactly
 * the index's, so a versioned save ({@code _id} and {@code version}) read every document of its collection: the
 * services' backlogs of events became quadratic in their collections' sizes.
 * <p>
 * Its collections live in the same maps as the plain backend's, so a store file works with either.
 */
final class IdIndexedH2Backend extends H2Backend {

    IdIndexedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        return new Database(name, getMvStore(), getCursorRegistry());
    }

    /** Inner, not static: its constructor opens the system collections, before a field of its own could be set. */
    private final class Database extends H2Database {

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(name);
            MVStore store = getMvStore();
            return new Collection(this, name, options, store.openMap("databases." + namespace), store.openMap("meta." + namespace), cursorRegistry);
        }
    }

    private static final class Collection extends H2Collection {

        Collection(MongoDatabase database, String name, CollectionOptions options, org.h2.mvstore.MVMap<Object, Document> documents,
                   org.h2.mvstore.MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, documents, meta, cursors);
        }

        /** Called for a query no index can answer alone: one naming a single {@code _id} starts from that document. */
        @Override
        protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize, Document fields) {
            Object id = query.get("_id");
            if (id != null && !(id instanceof Document) && !(id instanceof java.util.Collection) && !BsonRegularExpression.isRegularExpression(id)) {
                for (Index<Object> index : getIndexes()) {
                    if (index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals("_id")) {
                        return matchDocuments(query, index.getPositions(new Document("_id", id)), orderBy, skip, limit, batchSize, fields);
                    }
                }
            }
            return super.matchDocuments(query, orderBy, skip, limit, batchSize, fields);
        }
    }
}
