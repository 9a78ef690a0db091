package deepdesk.core.spark;

import deepdesk.core.engine.BackendKind;
import deepdesk.core.engine.Network;
import deepdesk.core.model.ModelSpec;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Networks kept between tasks in an executor (or the driver), so that a round does not rebuild
 * the network's buffers: borrowed by a task, given back when it ends.
 *
 * <p>Threading: thread-safe; a borrowed network belongs to the borrowing task alone.
 */
final class ExecutorNetworks {

    private static final Map<String, Queue<Network>> FREE = new ConcurrentHashMap<>();
    private static final Map<String, ModelSpec> SPECS = new ConcurrentHashMap<>();

    private ExecutorNetworks() {
    }

    /** The spec of its JSON text, parsed once per executor. */
    static ModelSpec spec(String specJson) {
        return SPECS.computeIfAbsent(specJson, json -> JsonText.read(json, ModelSpec.class));
    }

    /** A network of {@code specJson} for batches of up to {@code maxBatch} rows. */
    static Network borrow(String specJson, BackendKind backend, int maxBatch) {
        Network network = FREE.computeIfAbsent(key(specJson, backend, maxBatch),
                k -> new ConcurrentLinkedQueue<>()).poll();
        return network != null ? network : Network.create(spec(specJson), backend, maxBatch, 0);
    }

    /** Gives a borrowed network back. */
    static void giveBack(String specJson, BackendKind backend, int maxBatch, Network network) {
        FREE.computeIfAbsent(key(specJson, backend, maxBatch), k -> new ConcurrentLinkedQueue<>())
                .add(network);
    }

    private static String key(String specJson, BackendKind backend, int maxBatch) {
        return backend + "/" + maxBatch + "/" + specJson;
    }
}
