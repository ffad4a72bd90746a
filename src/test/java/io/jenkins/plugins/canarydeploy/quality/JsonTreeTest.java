package io.jenkins.plugins.canarydeploy.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeTest {
    @Test
    void shouldWriteAndReadBackATree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", "a \"quoted\"\\path\n\u0001");
        tree.put("count", 12L);
        tree.put("ratio", 0.5);
        tree.put("list", List.of(1L, true, JsonTree.NULL, "ü"));
        tree.put("empty", Map.of());

        String json = JsonWriter.write(tree);

        assertThat(json)
                .isEqualTo("{\"name\":\"a \\\"quoted\\\"\\\\path\\n\\u0001\",\"count\":12,\"ratio\":0.5,"
                        + "\"list\":[1,true,null,\"ü\"],\"empty\":{}}");
        assertThat(JsonTree.parse(json)).isEqualTo(tree);
        assertThat(JsonTree.parse(" [1.5e2, -0, \"\\u00fc\\/\"] ")).isEqualTo(List.of(150.0, 0L, "ü/"));
    }

    @Test
    void shouldRejectWhatIsNotJson() {
        assertThatThrownBy(() -> JsonTree.parse("{\"a\":1,}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid JSON at character 7: expected a quoted name");
        assertThatThrownBy(() -> JsonTree.parse("[01]")).hasMessageContaining("expected a value");
        assertThatThrownBy(() -> JsonTree.parse("{} x")).hasMessageContaining("unexpected text after the value");
        assertThatThrownBy(() -> JsonTree.parse("[".repeat(100))).hasMessageContaining("nested too deeply");
        assertThatThrownBy(() -> JsonWriter.write(Double.NaN)).hasMessage("JSON has no NaN");
    }
}
