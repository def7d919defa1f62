package dev.infraarchitect.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void resultsComeInTheOrderOfTheInputs() {
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
        assertThat(SideBySide.map(inputs, i -> i * i)).containsExactlyElementsOf(inputs.stream().map(i -> i * i).toList());
    }

    @Test
    void nullResultsAndEmptyInputsAreFine() {
        assertThat(SideBySide.map(List.of(1, 2, 3), i -> i == 2 ? null : i)).containsExactly(1, null, 3);
        assertThat(SideBySide.map(List.<Integer>of(), i -> i)).isEmpty();
    }

    @Test
    void helpersInheritTheCallersContextClassLoader() {
        ClassLoader mine = new ClassLoader(getClass().getClassLoader()) {
        };
        Thread current = Thread.currentThread();
        ClassLoader before = current.getContextClassLoader();
        current.setContextClassLoader(mine);
        try {
            Set<ClassLoader> seen = ConcurrentHashMap.newKeySet();
            SideBySide.map(IntStream.range(0, 50).boxed().toList(),
                    i -> seen.add(Thread.currentThread().getContextClassLoader()));
            assertThat(seen).containsExactly(mine);
        } finally {
            current.setContextClassLoader(before);
        }
    }

    @Test
    void theFirstFailureInInputOrderIsThrownUnchanged() {
        List<Integer> ran = new ArrayList<>();
        IllegalStateException third = new IllegalStateException("third");
        assertThatThrownBy(() -> SideBySide.map(List.of(1, 2, 3, 4, 5), i -> {
            synchronized (ran) {
                ran.add(i);
            }
            if (i == 3) {
                throw third;
            }
            if (i == 5) {
                throw new IllegalArgumentException("fifth");
            }
            return i;
        })).isSameAs(third);
        assertThat(ran).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }
}
