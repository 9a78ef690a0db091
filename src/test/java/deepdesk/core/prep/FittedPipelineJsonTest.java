package deepdesk.core.prep;

import com.fasterxml.jackson.databind.ObjectMapper;
import deepdesk.core.data.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static deepdesk.core.prep.TestColumns.categorical;
import static deepdesk.core.prep.TestColumns.dataset;
import static deepdesk.core.prep.TestColumns.numeric;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FittedPipelineJsonTest {

    @Test
    void aFittedPipelineSurvivesAJsonRoundTrip() throws Exception {
        Dataset data = dataset(numeric("x1", 1, 2, Double.NaN, 4, 5, 6, 7, 8),
                numeric("x2", 0.5, -1, 2, 3, 1, 0, -2, 4),
                categorical("colour", "red", "blue", null, "red", "blue", "red", "green", "red"),
                categorical("label", "no", "yes", "no", "yes", "no", "yes", "no", "yes"));
        PreparationSettings settings = PreparationSettings.defaults().withSplit(100, 0, 0)
                .withDerived(true, true, true)
                .withMissingValues(MissingValues.MEDIAN, 0);
        FittedPipeline pipeline = Preparation.prepare(data, DatasetRoles.suggest(data),
                settings).pipeline();
        ObjectMapper mapper = new ObjectMapper();

        String json = mapper.writeValueAsString(pipeline);
        FittedPipeline read = mapper.readValue(json, FittedPipeline.class);

        assertEquals(pipeline, read);
        assertEquals(json, mapper.writeValueAsString(read));
        assertTrue(json.contains("\"featureNames\""), json);
        Map<String, String> input = Map.of("x1", "3.5", "colour", "blue");
        assertArrayEquals(pipeline.transformRaw(input), read.transformRaw(input));
        assertArrayEquals(pipeline.transform(data, new int[] {0, 2, 7}),
                read.transform(data, new int[] {0, 2, 7}));
    }

    @Test
    void rolesAndSettingsSurviveAJsonRoundTrip() throws Exception {
        Dataset data = dataset(numeric("a", 1, 2, 3, 4), categorical("b", "x", "y", "x", "y"),
                numeric("target", 0.5, 1.5, 2.5, 3.5));
        DatasetRoles roles = DatasetRoles.suggest(data).withRole("b", ColumnRole.IGNORE);
        PreparationSettings settings = PreparationSettings.defaults().withSeed(9)
                .withMissingValues(MissingValues.CONSTANT, -1).withNoiseStd(0.1);
        ObjectMapper mapper = new ObjectMapper();

        DatasetRoles readRoles = mapper.readValue(mapper.writeValueAsString(roles),
                DatasetRoles.class);
        PreparationSettings readSettings = mapper.readValue(
                mapper.writeValueAsString(settings), PreparationSettings.class);

        assertEquals(roles, readRoles);
        assertEquals(List.of("a", "b", "target"), List.copyOf(readRoles.roles().keySet()),
                "the column order survives");
        assertEquals(settings, readSettings);
    }
}
