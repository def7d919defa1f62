package dev.infraarchitect.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BoundedWriterTest {

    @Test
    void passesTextOnUpToTheLimitAndRefusesMore() throws IOException {
        StringWriter target = new StringWriter();
        BoundedWriter out = new BoundedWriter(target, 5, 60_000_000_000L);
        out.write("abc");
        out.write('d');
        out.write(new char[] {'e'}, 0, 1);
        assertThat(target).hasToString("abcde");
        assertThatThrownBy(() -> out.write('f')).isInstanceOf(IOException.class)
                .hasMessage("the template wrote more than 0 MiB of text");
        assertThat(target).hasToString("abcde");
    }

    @Test
    void refusesToWriteAfterItsDeadline() throws Exception {
        BoundedWriter out = new BoundedWriter(new StringWriter(), 100, 1_000_000);
        Thread.sleep(20);
        assertThatThrownBy(() -> out.write("late")).isInstanceOf(IOException.class)
                .hasMessage("the template ran longer than 1 ms");
    }
}
