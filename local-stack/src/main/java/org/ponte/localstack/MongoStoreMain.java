package org.ponte.localstack;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The local stack's MongoDB-wire store: mongo-java-server with its H2 backend ({@link IdIndexedH2Backend}), data in one file on disk. */
public final class MongoStoreMain {

    private static final Duration RETENTION = Duration.ofMinutes(10);
    private static final int VERSIONS_TO_KEEP = 300;

    private MongoStoreMain() {
    }

    /**
     * The store's file. A query scans a snapshot of its collection while other writes and the store's own compaction
     * go on, and mongo-java-server does not pin that snapshot: H2 drops a chunk once no current page lives in it, it
     * is older than the retention time (45 s by default, counted from the chunk's creation) and it was replaced more
     * than a few versions ago. A report over a million facts scans for half a minute and failed with "Chunk not found"
     * twice: with H2's defaults, and again with only the retention raised, since the chunks of a busy hour are old.
     * Keeping also the chunks replaced in the last {@value #VERSIONS_TO_KEEP} versions lets such a scan finish: H2
     * commits about once a second while data changes, sooner when a writer fills its buffer, and the scanned
     * collection itself takes no writes meanwhile (mongo-java-server serialises a collection's operations). Heavy
     * bulk writes to other collections during a long scan could still outrun it; the price is disk held by replaced
     * data meanwhile.
     */
    static MVStore open(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        store.setRetentionTime((int) RETENTION.toMillis());
        store.setVersionsToKeep(VERSIONS_TO_KEEP);
        return store;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        Files.createDirectories(file.getParent());
        MongoServer server = new MongoServer(new IdIndexedH2Backend(open(file)));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "mongo-store-stop"));
        server.bind("127.0.0.1", port);
        System.out.println("MongoDB-wire store on 127.0.0.1:" + port + ", data in " + file);
        Thread.currentThread().join();
    }
}
