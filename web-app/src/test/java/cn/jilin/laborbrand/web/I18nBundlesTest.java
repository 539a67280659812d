package cn.jilin.laborbrand.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Chinese and English bundles hold the same keys, and every literal message key a template uses exists. */
class I18nBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHoldTheSameKeys() throws IOException {
        Set<String> chinese = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(english).as("keys missing in English").containsAll(chinese);
        assertThat(chinese).as("keys missing in Chinese").containsAll(english);
    }

    @Test
    void noEnglishTextHidesInTheChineseBundle() throws IOException {
        Properties chinese = load("messages.properties");
        Set<String> untranslated = new TreeSet<>();
        for (String key : chinese.stringPropertyNames()) {
            if (!chinese.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        Properties chinese = load("messages.properties");
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)(\\(|})");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(template));
                while (m.find()) {
                    if (!chinese.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " in " + template.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
