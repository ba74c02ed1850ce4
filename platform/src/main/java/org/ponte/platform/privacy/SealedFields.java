package org.ponte.platform.privacy;

import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.mapping.event.AfterConvertCallback;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seals the {@link Sealed} fields of every {@link PersonalRecord} on their way into the store, and opens them on the way
 * out (and again on the saved instance, which the caller goes on using), as {@link PersonKeys#sealText} keeps text;
 * one whose person's key is gone reads as null.
 * A field stored in clear by an earlier version is read as it is and sealed when the record is next saved.
 */
public final class SealedFields implements BeforeConvertCallback<PersonalRecord>, AfterConvertCallback<PersonalRecord>,
        AfterSaveCallback<PersonalRecord> {

    private final ObjectProvider<PersonKeys> keys;
    private final Map<Class<?>, List<Field>> fields = new ConcurrentHashMap<>();

    public SealedFields(ObjectProvider<PersonKeys> keys) {
        this.keys = keys;
    }

    @Override
    public PersonalRecord onBeforeConvert(PersonalRecord record, String collection) {
        for (Field field : sealedFieldsOf(record.getClass())) {
            set(field, record, keys.getObject().sealText(record.sealedFor(), name(field), (String) get(field, record)));
        }
        record.mapNestedText((field, value) -> keys.getObject().sealText(record.sealedFor(), field, value));
        return record;
    }

    @Override
    public PersonalRecord onAfterSave(PersonalRecord record, Document document, String collection) {
        return open(record);
    }

    @Override
    public PersonalRecord onAfterConvert(PersonalRecord record, Document document, String collection) {
        return open(record);
    }

    private PersonalRecord open(PersonalRecord record) {
        for (Field field : sealedFieldsOf(record.getClass())) {
            set(field, record, keys.getObject().openText(record.sealedFor(), name(field), (String) get(field, record)));
        }
        record.mapNestedText((field, value) -> keys.getObject().openText(record.sealedFor(), field, value));
        return record;
    }

    private static String name(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }

    private List<Field> sealedFieldsOf(Class<?> type) {
        return fields.computeIfAbsent(type, t -> {
            List<Field> found = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Sealed.class)) {
                        if (field.getType() != String.class || Modifier.isFinal(field.getModifiers())) {
                            throw new IllegalStateException(name(field) + " is @Sealed but not a non-final String");
                        }
                        field.setAccessible(true);
                        found.add(field);
                    }
                }
            }
            return List.copyOf(found);
        });
    }

    private static Object get(Field field, Object record) {
        try {
            return field.get(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field field, Object record, Object value) {
        try {
            field.set(record, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
