package org.aiventure.workbook.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

    private static InputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {KnowledgeLoader.KNOWLEDGE, KnowledgeLoader.TEXTS_EN, KnowledgeLoader.TEXTS_ZH_CN})
    void readsTheKnowledgeFilesAsObjectMapperDoes(String file) throws IOException {
        try (InputStream ours = KnowledgeLoader.classpath().open(file);
             InputStream theirs = KnowledgeLoader.classpath().open(file)) {
            assertThat(JsonTree.read(ours)).isEqualTo(new ObjectMapper().readTree(theirs));
        }
    }

    @Test
    void keepsEveryKindOfValueAndTheLastOfADuplicateKey() throws IOException {
        String json = "{\"a\": [1, 3000000000, 123456789012345678901234567890, 2.5, true, false, null, \"中文\"],"
                + " \"b\": {\"c\": [[], {}], \"d\": 1}, \"d\": 1, \"d\": 2}";
        assertThat(JsonTree.read(bytes(json))).isEqualTo(new ObjectMapper().readTree(json));
        assertThat(JsonTree.read(bytes(json)).get("d").intValue()).isEqualTo(2);
        assertThat(JsonTree.read(bytes("[1, \"x\"]"))).isEqualTo(new ObjectMapper().readTree("[1, \"x\"]"));
    }

    @Test
    void refusesBrokenJsonNamingWhere() {
        assertThatThrownBy(() -> JsonTree.read(bytes("{\"a\": [1, 2}"))).isInstanceOf(IOException.class)
                .hasMessageContaining("line: 1");
    }
}
