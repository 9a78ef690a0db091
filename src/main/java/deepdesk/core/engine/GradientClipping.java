package deepdesk.core.engine;

/**
 * Gradient clipping by global L2 norm.
 *
 * <p>Threading: stateless; safe from any thread.
 */
public final class GradientClipping {

    private GradientClipping() {
    }

    /**
     * Scales {@code gradient} down in place so that the norm of {@code scale * gradient} is at
     * most {@code maxNorm}. With a summed gradient pass {@code scale = 1 / rows}, so the bound
     * applies to the mean gradient that the optimiser will use.
     *
     * @param gradient the gradient, changed in place when too long
     * @param maxNorm  the largest allowed norm; 0 or less turns clipping off
     * @param scale    the factor the optimiser will apply to the gradient
     * @return the norm of {@code scale * gradient} before clipping
     */
    public static double clipByNorm(float[] gradient, double maxNorm, double scale) {
        double squares = 0;
        for (float g : gradient) {
            squares += (double) g * g;
        }
        double norm = Math.sqrt(squares) * Math.abs(scale);
        if (maxNorm > 0 && norm > maxNorm) {
            float factor = (float) (maxNorm / norm);
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] *= factor;
            }
        }
        return norm;
    }

    /** Clips {@code gradient} itself to norm {@code maxNorm}; returns the norm before. */
    public static double clipByNorm(float[] gradient, double maxNorm) {
        return clipByNorm(gradient, maxNorm, 1.0);
    }
}
