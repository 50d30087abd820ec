package dev.crm.web.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read strictly — an unknown field, a key given twice, anything after the JSON value, a value of
 * the wrong JSON type (12345 or true for a text, "5" for a number, a number for a date) is a 400 — so a client's
 * mistake never silently becomes a value nobody meant. Only request reading gets these rules: the application's own
 * ObjectMapper (which Axon also uses for stored events) stays as it is.
 */
@Configuration
public class StrictJson implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter json) {
                json.setObjectMapper(strict(json.getObjectMapper()));
            }
        }
    }

    /** A copy of {@code base} that reads by these rules. */
    public static ObjectMapper strict(ObjectMapper base) {
        ObjectMapper strict = base.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        strict.setDefaultLeniency(false); // no epoch-day numbers for dates
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Enum)) {
            for (CoercionInputShape shape :
                    List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
                strict.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        return strict;
    }
}
