package deepdesk.core.engine;

import deepdesk.core.model.Activation;

/**
 * The activations as loops over float buffers (what the backends run) and as scalar double
 * functions (the reference the loops are tested against).
 *
 * <p>Threading: stateless; safe from any thread.
 */
public final class ActivationFunction {

    static final float LEAKY_SLOPE = 0.01f;
    private static final double GELU_C = Math.sqrt(2 / Math.PI);
    private static final double GELU_CUBIC = 0.044715;

    private ActivationFunction() {
    }

    /**
     * Writes {@code a[i] = f(z[i])} for the first {@code n} entries.
     *
     * @param kind the activation
     * @param z    weighted sums
     * @param a    receives the activations; may be {@code z} itself
     * @param n    number of entries
     */
    public static void forward(Activation kind, float[] z, float[] a, int n) {
        // decision: one switch outside tight loops, so each loop body is branch-free enough for
        // the JIT to unroll and, where the math allows, vectorise.
        switch (kind) {
            case LINEAR -> {
                if (a != z) {
                    System.arraycopy(z, 0, a, 0, n);
                }
            }
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    a[i] = Math.max(z[i], 0f);
                }
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < n; i++) {
                    float v = z[i];
                    a[i] = v > 0 ? v : LEAKY_SLOPE * v;
                }
            }
            case ELU -> {
                for (int i = 0; i < n; i++) {
                    float v = z[i];
                    a[i] = v > 0 ? v : (float) Math.expm1(v);
                }
            }
            case GELU -> {
                float c = (float) GELU_C;
                float cubic = (float) GELU_CUBIC;
                for (int i = 0; i < n; i++) {
                    float v = z[i];
                    a[i] = 0.5f * v * (1f + tanh(c * (v + cubic * v * v * v)));
                }
            }
            case TANH -> {
                for (int i = 0; i < n; i++) {
                    a[i] = tanh(z[i]);
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < n; i++) {
                    a[i] = sigmoid(z[i]);
                }
            }
            case SOFTPLUS -> {
                for (int i = 0; i < n; i++) {
                    a[i] = (float) value(Activation.SOFTPLUS, z[i]);
                }
            }
            case SINE -> {
                for (int i = 0; i < n; i++) {
                    a[i] = (float) Math.sin(z[i]);
                }
            }
            default -> throw new IllegalStateException("unknown activation " + kind);
        }
    }

    /**
     * Multiplies {@code grad[i]} by {@code f'(z[i])} for the first {@code n} entries, turning the
     * gradient with respect to the activations into the gradient with respect to the sums.
     *
     * @param kind the activation
     * @param z    the weighted sums of the forward pass
     * @param a    the activations of the forward pass, {@code f(z)}
     * @param grad in: dLoss/da; out: dLoss/dz
     * @param n    number of entries
     */
    public static void backward(Activation kind, float[] z, float[] a, float[] grad, int n) {
        switch (kind) {
            case LINEAR -> {
            }
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    grad[i] = z[i] > 0 ? grad[i] : 0f;
                }
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < n; i++) {
                    grad[i] = z[i] > 0 ? grad[i] : LEAKY_SLOPE * grad[i];
                }
            }
            case ELU -> {
                for (int i = 0; i < n; i++) {
                    grad[i] = z[i] > 0 ? grad[i] : grad[i] * (a[i] + 1f);
                }
            }
            case GELU -> {
                for (int i = 0; i < n; i++) {
                    grad[i] *= (float) derivative(Activation.GELU, z[i]);
                }
            }
            case TANH -> {
                for (int i = 0; i < n; i++) {
                    float t = a[i];
                    grad[i] *= 1f - t * t;
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < n; i++) {
                    float s = a[i];
                    grad[i] *= s * (1f - s);
                }
            }
            case SOFTPLUS -> {
                for (int i = 0; i < n; i++) {
                    grad[i] *= sigmoid(z[i]);
                }
            }
            case SINE -> {
                for (int i = 0; i < n; i++) {
                    grad[i] *= (float) Math.cos(z[i]);
                }
            }
            default -> throw new IllegalStateException("unknown activation " + kind);
        }
    }

    /**
     * The hyperbolic tangent in float as a rational function of degree 13/6 on [-9, 9] (outside
     * it tanh is ±1 in float); error below 4e-7.
     */
    static float tanh(float z) {
        // decision: a rational approximation instead of Math.tanh or Math.exp: measured 1-4 ns
        // against 20-75 ns per value, and the loop vectorises, which is most of workload P's step.
        float x = Math.max(-9f, Math.min(9f, z));
        float x2 = x * x;
        float p = -2.76076847742355e-16f;
        p = p * x2 + 2.00018790482477e-13f;
        p = p * x2 - 8.60467152213735e-11f;
        p = p * x2 + 5.12229709037114e-08f;
        p = p * x2 + 1.48572235717979e-05f;
        p = p * x2 + 6.37261928875436e-04f;
        p = p * x2 + 4.89352455891786e-03f;
        float q = 1.19825839466702e-06f;
        q = q * x2 + 1.18534705686654e-04f;
        q = q * x2 + 2.26843463243900e-03f;
        q = q * x2 + 4.89352518554385e-03f;
        return x * p / q;
    }

    /** The logistic sigmoid in float, accurate in relative terms on both tails. */
    static float sigmoid(float x) {
        // decision: through exp rather than (1 + tanh(x / 2)) / 2, whose cancellation loses
        // relative accuracy for very negative x; sigmoid is rarer than tanh in hidden layers.
        double e = Math.exp(-Math.abs(x));
        double r = 1.0 / (1.0 + e);
        return (float) (x >= 0 ? r : e * r);
    }

    /** The activation in double precision: the reference the float loops must match. */
    public static double value(Activation kind, double z) {
        return switch (kind) {
            case LINEAR -> z;
            case RELU -> Math.max(z, 0);
            case LEAKY_RELU -> z > 0 ? z : LEAKY_SLOPE * z;
            case ELU -> z > 0 ? z : Math.expm1(z);
            case GELU -> 0.5 * z * (1 + Math.tanh(GELU_C * (z + GELU_CUBIC * z * z * z)));
            case TANH -> Math.tanh(z);
            case SIGMOID -> z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
            case SOFTPLUS -> Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
            case SINE -> Math.sin(z);
        };
    }

    /** The derivative of the activation in double precision. */
    public static double derivative(Activation kind, double z) {
        return switch (kind) {
            case LINEAR -> 1;
            case RELU -> z > 0 ? 1 : 0;
            case LEAKY_RELU -> z > 0 ? 1 : LEAKY_SLOPE;
            case ELU -> z > 0 ? 1 : Math.exp(z);
            case GELU -> {
                double inner = GELU_C * (z + GELU_CUBIC * z * z * z);
                double t = Math.tanh(inner);
                double innerPrime = GELU_C * (1 + 3 * GELU_CUBIC * z * z);
                yield 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * innerPrime;
            }
            case TANH -> {
                double t = Math.tanh(z);
                yield 1 - t * t;
            }
            case SIGMOID -> {
                double s = value(Activation.SIGMOID, z);
                yield s * (1 - s);
            }
            case SOFTPLUS -> value(Activation.SIGMOID, z);
            case SINE -> Math.cos(z);
        };
    }
}
