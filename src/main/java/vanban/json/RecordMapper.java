package vanban.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vanban.model.Span;

/**
 * Builds records from the JSON trees {@link JsonReader} returns, by the records' component names.
 *
 * <p>A missing field becomes null, or an empty list for a list component, so records written by an
 * older version still read. Unknown fields are ignored.
 */
public final class RecordMapper {
  private RecordMapper() {}

  /** Parses {@code json} as a {@code type}. */
  public static <T> T read(String json, Class<T> type) {
    return type.cast(convert(JsonReader.parse(json), type));
  }

  /** Converts a JSON tree to {@code type}. */
  public static <T> T fromTree(Object tree, Class<T> type) {
    return type.cast(convert(tree, type));
  }

  private static Object convert(Object tree, Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      List<Object> out = new ArrayList<>();
      if (tree != null) {
        for (Object element : (List<?>) tree) {
          out.add(convert(element, p.getActualTypeArguments()[0]));
        }
      }
      return out;
    }
    if (tree == null) {
      return null;
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      return tree.toString();
    }
    if (raw == Integer.class || raw == int.class) {
      return ((Number) tree).intValue();
    }
    if (raw == Long.class || raw == long.class) {
      return ((Number) tree).longValue();
    }
    if (raw == Double.class || raw == double.class) {
      return ((Number) tree).doubleValue();
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return tree;
    }
    if (raw == LocalDate.class) {
      return LocalDate.parse(tree.toString());
    }
    if (raw == Span.class) {
      List<?> pair = (List<?>) tree;
      return new Span(((Number) pair.get(0)).intValue(), ((Number) pair.get(1)).intValue());
    }
    if (raw.isRecord()) {
      return record((Map<?, ?>) tree, raw);
    }
    throw new IllegalArgumentException("cannot read JSON into " + raw);
  }

  /** A record class's components and canonical constructor, looked up once per class. */
  private record Shape(String[] names, Type[] types, Constructor<?> constructor) {
    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      String[] names = new String[components.length];
      Type[] types = new Type[components.length];
      Class<?>[] raw = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        names[i] = components[i].getName();
        types[i] = components[i].getGenericType();
        raw[i] = components[i].getType();
      }
      try {
        Constructor<?> constructor = type.getDeclaredConstructor(raw);
        constructor.setAccessible(true);
        return new Shape(names, types, constructor);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("no canonical constructor in " + type.getSimpleName(), e);
      }
    }
  }

  // Reflection per record read cost more than the parsing when thousands of records are read.
  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return Shape.of(type);
        }
      };

  private static Object record(Map<?, ?> map, Class<?> type) {
    Shape shape = SHAPES.get(type);
    Object[] args = new Object[shape.names().length];
    for (int i = 0; i < args.length; i++) {
      args[i] = convert(map.get(shape.names()[i]), shape.types()[i]);
    }
    try {
      return shape.constructor().newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }
}
