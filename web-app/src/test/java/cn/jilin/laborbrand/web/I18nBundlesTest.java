package cn.jilin.laborbrand.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle named in {@code spring.messages.basename} has a Chinese file and an English twin with the same keys, no
 * key is defined twice across bundles, and every literal message key a template uses exists.
 */
class I18nBundlesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> basenames() throws IOException {
        String value = load("application.properties").getProperty("spring.messages.basename");
        List<String> names = new ArrayList<>();
        for (String name : value.split(",")) {
            names.add(name.strip());
        }
        return names;
    }

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        List<String> basenames = basenames();
        assertThat(basenames).contains("messages");
        for (String basename : basenames) {
            Set<String> chinese = new TreeSet<>(load(basename + ".properties").stringPropertyNames());
            Set<String> english = new TreeSet<>(load(basename + "_en.properties").stringPropertyNames());
            assertThat(english).as("keys missing in %s_en", basename).containsAll(chinese);
            assertThat(chinese).as("keys missing in %s (Chinese)", basename).containsAll(english);
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String basename : basenames()) {
            for (String key : load(basename + ".properties").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key + " (again in " + basename + ")");
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void noEnglishTextHidesInAChineseBundle() throws IOException {
        Set<String> untranslated = new TreeSet<>();
        for (String basename : basenames()) {
            Properties chinese = load(basename + ".properties");
            for (String key : chinese.stringPropertyNames()) {
                boolean han = chinese.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                if (!han) {
                    untranslated.add(basename + ": " + key);
                }
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        Properties all = new Properties();
        for (String basename : basenames()) {
            all.putAll(load(basename + ".properties"));
        }
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)(\\(|})");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(template));
                while (m.find()) {
                    if (!all.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " in " + template.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
