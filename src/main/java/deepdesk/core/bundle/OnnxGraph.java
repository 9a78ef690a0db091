package deepdesk.core.bundle;

import onnx.Onnx.AttributeProto;
import onnx.Onnx.GraphProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.TensorProto;
import onnx.Onnx.TensorShapeProto;
import onnx.Onnx.TypeProto;
import onnx.Onnx.ValueInfoProto;
import org.nd4j.shade.protobuf.ByteString;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A small helper that builds an ONNX graph node by node with generated value names.
 *
 * <p>Threading: confined to one thread.
 */
final class OnnxGraph {

    /** The symbolic name of the batch dimension. */
    static final String BATCH = "N";

    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private int counter;

    OnnxGraph(String name) {
        graph.setName(name);
    }

    GraphProto build() {
        return graph.build();
    }

    /** Declares a graph input of shape {@code [N, width]}. */
    void input(String name, TensorProto.DataType type, int width, String doc) {
        graph.addInput(valueInfo(name, type, width, doc));
    }

    /** Declares a graph output of shape {@code [N, width]}, or {@code [N]} for width 0. */
    void output(String name, TensorProto.DataType type, int width, String doc) {
        graph.addOutput(valueInfo(name, type, width, doc));
    }

    /** A float constant of the given shape. */
    String floats(String hint, float[] values, long... dims) {
        String name = fresh(hint);
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(name)
                .setDataType(TensorProto.DataType.FLOAT_VALUE)
                .setRawData(ByteString.copyFrom(bytes.array()));
        for (long d : dims) {
            tensor.addDims(d);
        }
        graph.addInitializer(tensor);
        return name;
    }

    /** An int64 constant of the given shape. */
    String longs(String hint, long[] values, long... dims) {
        String name = fresh(hint);
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(name)
                .setDataType(TensorProto.DataType.INT64_VALUE);
        for (long v : values) {
            tensor.addInt64Data(v);
        }
        for (long d : dims) {
            tensor.addDims(d);
        }
        graph.addInitializer(tensor);
        return name;
    }

    /** Adds a node of the default domain; returns its (single) output's name. */
    String node(String op, List<String> inputs, AttributeProto... attributes) {
        return node("", op, inputs, fresh(op.toLowerCase(Locale.ROOT)), attributes);
    }

    /** Adds a node whose output has the given name. */
    String node(String domain, String op, List<String> inputs, String output,
                AttributeProto... attributes) {
        NodeProto.Builder node = NodeProto.newBuilder().setOpType(op).setDomain(domain)
                .setName(fresh(op + "_node")).addAllInput(inputs).addOutput(output);
        for (AttributeProto attribute : attributes) {
            node.addAttribute(attribute);
        }
        graph.addNode(node);
        return output;
    }

    static AttributeProto intAttribute(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT)
                .setI(value).build();
    }

    static AttributeProto floatAttribute(String name, float value) {
        return AttributeProto.newBuilder().setName(name)
                .setType(AttributeProto.AttributeType.FLOAT).setF(value).build();
    }

    static AttributeProto intsAttribute(String name, List<Long> values) {
        return AttributeProto.newBuilder().setName(name)
                .setType(AttributeProto.AttributeType.INTS).addAllInts(values).build();
    }

    static AttributeProto stringsAttribute(String name, List<String> values) {
        AttributeProto.Builder attribute = AttributeProto.newBuilder().setName(name)
                .setType(AttributeProto.AttributeType.STRINGS);
        for (String v : values) {
            attribute.addStrings(ByteString.copyFrom(v, StandardCharsets.UTF_8));
        }
        return attribute.build();
    }

    private String fresh(String hint) {
        return hint + "_" + (counter++);
    }

    private static ValueInfoProto valueInfo(String name, TensorProto.DataType type, int width,
                                            String doc) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(BATCH));
        if (width > 0) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(width));
        }
        TypeProto.Tensor.Builder tensor = TypeProto.Tensor.newBuilder()
                .setElemType(type.getNumber()).setShape(shape);
        return ValueInfoProto.newBuilder().setName(name).setDocString(doc)
                .setType(TypeProto.newBuilder().setTensorType(tensor)).build();
    }
}
