package deepdesk.core.engine;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowPermutationTest {

    @Test
    void everyRowGetsItsOwnPositionForAnyCount() {
        for (int rows : new int[] {1, 2, 3, 7, 64, 65, 1000, 4097}) {
            RowPermutation permutation = RowPermutation.forEpoch(rows, 11, 1);
            boolean[] taken = new boolean[rows];
            for (int row = 0; row < rows; row++) {
                long position = permutation.position(row);
                assertTrue(position >= 0 && position < rows, rows + " rows: position " + position);
                assertFalse(taken[(int) position], rows + " rows: position " + position + " twice");
                taken[(int) position] = true;
            }
        }
    }

    @Test
    void theOrderFollowsTheSeedAndTheEpoch() {
        int[] first = RowPermutation.forEpoch(500, 3, 1).order();
        assertArrayEquals(first, RowPermutation.forEpoch(500, 3, 1).order());
        assertFalse(Arrays.equals(first, RowPermutation.forEpoch(500, 3, 2).order()));
        assertFalse(Arrays.equals(first, RowPermutation.forEpoch(500, 4, 1).order()));
        int fixed = 0;
        for (int p = 0; p < first.length; p++) {
            if (first[p] == p) {
                fixed++;
            }
        }
        assertTrue(fixed < 10, "a shuffle, not the identity: " + fixed + " rows kept their place");
    }

    @Test
    void aBatcherInPermutedOrderServesTheRowsInThatOrder() {
        int rows = 10;
        float[] features = new float[rows];
        float[] targets = new float[rows];
        for (int r = 0; r < rows; r++) {
            features[r] = r;
            targets[r] = r;
        }
        MiniBatcher batcher = new MiniBatcher(features, targets, rows, 1, 1, 4);
        RowPermutation permutation = new RowPermutation(rows, 9);
        batcher.arrange(permutation);
        int[] order = permutation.order();
        Batch second = batcher.batch(1);
        assertEquals(4, second.rows());
        for (int i = 0; i < 4; i++) {
            assertEquals(order[4 + i], (int) second.features()[i]);
        }
    }
}
