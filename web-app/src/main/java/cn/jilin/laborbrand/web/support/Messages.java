package cn.jilin.laborbrand.web.support;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way Java code of the portal reads a message (export headers, file names, PDF texts): in the request's language,
 * falling back to the key itself, never failing.
 */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String text(String key, Object... arguments) {
        return text(LocaleContextHolder.getLocale(), key, arguments);
    }

    public String text(Locale locale, String key, Object... arguments) {
        return source.getMessage(key, arguments.length == 0 ? null : arguments, key, locale);
    }
}
