import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single OpenSearch node for the search tests, run as its own process in Java's source-file mode with the jars
 * Maven copies to {@code target/opensearch} as its classpath, so none of them reaches the application's classpath.
 * It subclasses {@link Node} to load the modules a real distribution ships as plugins from that classpath (there
 * is no plugin folder), and it skips the distribution's bootstrap, whose security manager Java 24+ no longer has.
 *
 * <p>Arguments: home folder, HTTP port. The node stops when its process is destroyed.
 */
public final class OpenSearchTestNode extends Node {

    private OpenSearchTestNode(Settings settings) {
        super(InternalSettingsPreparer.prepareEnvironment(settings, java.util.Map.of(), null, () -> "gigforge-test"),
                List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, PainlessPlugin.class, ReindexPlugin.class,
                        MapperExtrasPlugin.class),
                true);
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int httpPort = Integer.parseInt(args[1]);
        Settings settings = Settings.builder()
                .put(Environment.PATH_HOME_SETTING.getKey(), home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "gigforge-test")
                .put("node.name", "gigforge-test")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                // The transport layer is only used inside the node; any free port will do.
                .put("transport.port", "0")
                // A test machine's disk may be fuller than a server's; never refuse to allocate shards for that.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Node node = new OpenSearchTestNode(settings);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                // The process is ending anyway.
            } finally {
                stopped.countDown();
            }
        }, "opensearch-stop"));
        node.start();
        System.out.println("OpenSearch test node started on 127.0.0.1:" + httpPort);
        // The node's own threads are daemons: without this wait the process would end right here.
        stopped.await();
    }
}
