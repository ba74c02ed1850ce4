package org.ponte.localstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The local store answers queries that name an {@code _id} among other fields as MongoDB does, on the same file as before. */
class IdIndexedH2BackendTest {

    @TempDir
    Path directory;

    @Test
    void aVersionedSaveReplacesItsDocumentOnlyAtTheVersionItRead() {
        withStore(IdIndexedH2Backend::new, people -> {
            people.insertMany(documents(1000));
            Document read = people.find(Filters.eq("_id", "person-500")).first();

            Document saved = new Document(read).append("name", "Ana").append("version", 1);
            assertThat(people.replaceOne(idAndVersion("person-500", 0), saved).getModifiedCount())
                    .isEqualTo(1);
            assertThat(people.replaceOne(idAndVersion("person-500", 0),
                    new Document(read).append("name", "Stale")).getModifiedCount()).as("a save at a version no longer stored").isZero();

            assertThat(people.find(Filters.eq("_id", "person-500")).first().getString("name")).isEqualTo("Ana");
            assertThat(people.countDocuments(Filters.eq("name", "Ana"))).isEqualTo(1);
        });
    }

    @Test
    void aQueryNamingAnIdAndAnotherFieldFindsTheDocumentOnlyWhenBothMatch() {
        withStore(IdIndexedH2Backend::new, people -> {
            people.insertMany(documents(100));

            assertThat(people.find(idAndVersion("person-7", 0)).into(new ArrayList<>()))
                    .extracting(person -> person.getString("_id")).containsExactly("person-7");
            assertThat(people.find(idAndVersion("person-7", 3)).first()).isNull();
            assertThat(people.find(idAndVersion("nobody", 0)).first()).isNull();
            assertThat(people.find(new Document("_id", new Document("$in", List.of("person-7", "person-8"))).append("version", 0)).into(new ArrayList<>()))
                    .as("not a single id: read as before").hasSize(2);
            people.replaceOne(idAndVersion("person-new", 0), new Document("name", "Nova"),
                    new ReplaceOptions().upsert(true));
            assertThat(people.find(Filters.eq("_id", "person-new")).first().getString("name")).isEqualTo("Nova");
        });
    }

    @Test
    void aStoreFileWrittenByThePlainBackendIsReadAndWrittenAsBefore() {
        withStore(H2Backend::new, people -> people.insertMany(documents(10)));

        withStore(IdIndexedH2Backend::new, people -> {
            assertThat(people.countDocuments()).isEqualTo(10);
            people.replaceOne(idAndVersion("person-3", 0), new Document("name", "Rui").append("version", 1));
        });

        withStore(H2Backend::new, people -> assertThat(people.find(Filters.eq("_id", "person-3")).first().getString("name")).isEqualTo("Rui"));
    }

    private void withStore(Function<org.h2.mvstore.MVStore, MongoBackend> backend, Consumer<MongoCollection<Document>> use) {
        org.h2.mvstore.MVStore file = MongoStoreMain.open(directory.resolve("store.mv"));
        MongoServer server = new MongoServer(backend.apply(file));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            use.accept(client.getDatabase("cases").getCollection("people"));
        } finally {
            server.shutdown();
            file.close();
        }
    }

    /** The query of a versioned save, as Spring Data sends it: one document naming both fields. */
    private static Document idAndVersion(String id, int version) {
        return new Document("_id", id).append("version", version);
    }

    private static List<Document> documents(int count) {
        List<Document> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new Document("_id", "person-" + i).append("name", "Pessoa " + i).append("version", 0));
        }
        return people;
    }
}
