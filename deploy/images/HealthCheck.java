import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The images' health check (docker-compose's healthcheck; a cluster probes over HTTP itself): exits 0 when the part's
 * health endpoint answers 200, 1 otherwise. The images have no shell and no curl, only this runtime:
 * {@code java -cp /opt/ponte HealthCheck [url]}, by default {@code http://localhost:<management port or PORT>/actuator/health}.
 */
public final class HealthCheck {

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("MANAGEMENT_SERVER_PORT", System.getenv().getOrDefault("PORT", "8080"));
        String url = args.length > 0 ? args[0] : "http://localhost:" + port + "/actuator/health";
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(4_000);
            int status = connection.getResponseCode();
            System.exit(status == 200 ? 0 : 1);
        } catch (Exception unreachable) {
            System.err.println(url + ": " + unreachable);
            System.exit(1);
        }
    }
}
