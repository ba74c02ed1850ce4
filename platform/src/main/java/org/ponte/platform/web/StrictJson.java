package org.ponte.platform.web;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.time.temporal.TemporalAccessor;

/**
 * JSON read the way the API documents it, nothing guessed: a number is not a name ({@code "fullName": 123}), an
 * enum ({@code "sex": 0}), a date or an instant ({@code "occurredAt": 0} would be 1970); a fraction is not a whole
 * number; a list holds no {@code null}; and a date or instant lies within the years 1 to 9999, which every store and
 * client can hold. Each refusal reaches the caller as a 400 naming the field.
 */
final class StrictJson implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, number -> number.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.DateTime, time -> time.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
                .addModule(new SimpleModule("ponte-strict-time").setDeserializerModifier(new TimeAsTextOnly()));
    }

    /** java.time values only from ISO text, the one form the API documents (not from numbers or arrays). */
    private static final class TimeAsTextOnly extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                       ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return type.getPackageName().equals("java.time") && TemporalAccessor.class.isAssignableFrom(type)
                    ? new TextOnlyTime(deserializer) : deserializer;
        }
    }

    private static final class TextOnlyTime extends DelegatingDeserializer {

        TextOnlyTime(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new TextOnlyTime(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor time && !StorableTime.isStorable(time)) {
                return context.handleWeirdStringValue(handledType(), parser.getString(), "lies outside the years 1 to 9999");
            }
            return value;
        }
    }
}
