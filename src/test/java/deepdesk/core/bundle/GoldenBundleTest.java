package deepdesk.core.bundle;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A bundle written by an earlier build (format 1, a penguins species classifier with two
 * categorical inputs and missing values filled) must keep loading and predicting the same
 * numbers. The expected probabilities were printed by the build that wrote the file.
 */
class GoldenBundleTest {

    private static final Path GOLDEN = Path.of(
            "src/test/resources/deepdesk/core/bundle/penguins-format1.ddmodel");

    @Test
    void theFormatOneBundleStillLoadsAndPredictsTheSame() throws Exception {
        ModelBundle bundle = ModelBundle.read(GOLDEN);
        assertNotNull(bundle.evaluation());
        assertEquals(List.of("island", "bill_length_mm", "bill_depth_mm", "flipper_length_mm",
                "body_mass_g", "sex"), bundle.schema().names());

        Map<String, Object> gentoo = new HashMap<>(Map.of("island", "Biscoe",
                "bill_length_mm", "45.2", "bill_depth_mm", "14.8", "flipper_length_mm", "212",
                "body_mass_g", "5200", "sex", "FEMALE"));
        Map<String, Object> chinstrap = new HashMap<>(Map.of("island", "Dream",
                "bill_length_mm", "49.0", "bill_depth_mm", "19.5", "flipper_length_mm", "196",
                "body_mass_g", "3950", "sex", "MALE"));
        Map<String, Object> adelie = new HashMap<>(Map.of("island", "Torgersen",
                "bill_length_mm", "39.1", "bill_depth_mm", "18.7", "flipper_length_mm", "181",
                "body_mass_g", "3750"));
        adelie.put("sex", null);

        List<Prediction> out = new Predictor(bundle).predict(List.of(gentoo, chinstrap, adelie));

        assertEquals("Gentoo", out.get(0).label());
        assertArrayEquals(new double[] {0.004243047442287207, 0.004192382097244263,
            0.9915645718574524}, out.get(0).probabilities(), 1e-6);
        assertEquals("Chinstrap", out.get(1).label());
        assertArrayEquals(new double[] {0.05429072678089142, 0.9363133311271667,
            0.009395918808877468}, out.get(1).probabilities(), 1e-6);
        assertEquals("Adelie", out.get(2).label());
        assertArrayEquals(new double[] {0.9975912570953369, 0.0016405831556767225,
            7.681322749704123E-4}, out.get(2).probabilities(), 1e-6);
    }
}
