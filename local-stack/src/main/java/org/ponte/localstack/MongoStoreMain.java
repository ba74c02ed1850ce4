package org.ponte.localstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The local stack's MongoDB-wire store: mongo-java-server with its H2 backend, data in one file on disk. */
public final class MongoStoreMain {

    private MongoStoreMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        Files.createDirectories(file.getParent());
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        // A query scans a snapshot of its collection while writes go on, and the store may reuse a chunk 45 s after
        // its data was replaced: a scan of a million reporting facts that outlasted that failed ("Chunk not found").
        store.setRetentionTime((int) Duration.ofMinutes(10).toMillis());
        MongoServer server = new MongoServer(new H2Backend(store));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "mongo-store-stop"));
        server.bind("127.0.0.1", port);
        System.out.println("MongoDB-wire store on 127.0.0.1:" + port + ", data in " + file);
        Thread.currentThread().join();
    }
}
