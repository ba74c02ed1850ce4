package org.ponte.cases;

import org.junit.jupiter.api.Test;
import org.ponte.testsupport.HttpApi;
import org.ponte.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The master key rotated while technicians keep registering and reading people: no request fails, everyone stays readable. */
class KeyRotationTest extends CaseServiceTest {

    @Test
    void rotatingTheMasterKeyUnderLoadFailsNoRequestAndLeavesEveryoneReadable() throws Exception {
        Map<String, String> people = new java.util.concurrent.ConcurrentHashMap<>();
        for (int i = 0; i < 20; i++) {
            String name = CaseServiceClient.uniqueName();
            people.put(client.register(LISBOA, name, false), name);
        }
        AtomicBoolean rotating = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger served = new AtomicInteger();
        ExecutorService technicians = Executors.newFixedThreadPool(2);
        List<Future<?>> load = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            load.add(technicians.submit(() -> {
                List<String> ids = new ArrayList<>(people.keySet());
                for (int i = 0; rotating.get() || i < 5; i++) {
                    String name = CaseServiceClient.uniqueName();
                    HttpApi.Response registered = api.post("/api/v1/beneficiaries", LISBOA, CaseServiceClient.person(name, false));
                    if (registered.status() == 201) {
                        people.put(registered.json().get("id").asString(), name);
                    } else {
                        failures.add("register " + registered.status() + " " + registered.body());
                    }
                    HttpApi.Response read = api.get("/api/v1/beneficiaries/" + ids.get(i % ids.size()), LISBOA);
                    if (read.status() != 200) {
                        failures.add("read " + read.status() + " " + read.body());
                    }
                    served.addAndGet(2);
                }
            }));
        }

        HttpApi.Response rotation = api.post("/api/v1/admin/keys/rotate", TestTokens.admin(), "{}");
        rotating.set(false);
        for (Future<?> technician : load) {
            technician.get(60, TimeUnit.SECONDS);
        }
        technicians.shutdown();

        assertThat(rotation.status()).as(rotation.body()).isEqualTo(200);
        assertThat(rotation.json().get("masterKeys").asInt()).as("the new master key beside the old").isGreaterThanOrEqualTo(2);
        assertThat(rotation.json().get("dataKeysRewrapped").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(failures).as("requests during the rotation (%d served)", served.get()).isEmpty();
        people.forEach((id, name) -> {
            JsonNode person = api.get("/api/v1/beneficiaries/" + id, LISBOA).json();
            assertThat(person.get("fullName").asString()).isEqualTo(name);
        });
        assertThat(api.post("/api/v1/admin/keys/rotate", LISBOA, "{}").status()).as("a technician may not rotate keys").isEqualTo(403);
    }
}
