package io.pipy.api.script;

import io.pipy.api.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Java class exposed to scripts, declared once in Java: its constructor, properties
 * (getter and optional setter), methods and static members.
 *
 * <p>Scripts reach instances of {@link #type()} (and of its subclasses, unless a more specific
 * host class is registered) through this declaration. The script language resolves a member
 * name to its {@link #memberIndex(String) index} once per access site and calls the member
 * directly afterwards, so members cost a virtual call, not a lookup.
 *
 * <p>A registered host class whose constructor is set is also a global constructor
 * ({@code new Message(...)}), and {@code x instanceof Message} tests {@link #type()}.
 *
 * @param <T> the Java type of instances
 */
public final class HostClass<T> {

  /** Reads a property of an instance. */
  @FunctionalInterface
  public interface Getter<T> {
    /** The property's value for {@code self}. */
    Object get(T self);
  }

  /** Writes a property of an instance. */
  @FunctionalInterface
  public interface Setter<T> {
    /** Sets the property of {@code self}; throw {@link ScriptError} to reject the value. */
    void set(T self, Object value);
  }

  /** A method of an instance. */
  @FunctionalInterface
  public interface Method<T> {
    /** Runs the method for {@code self}; {@code caller} is the calling pipeline's context. */
    Object call(Context caller, T self, Object[] args);
  }

  /** Makes an instance for {@code new}. */
  @FunctionalInterface
  public interface Constructor<T> {
    /** A new instance built from the script arguments. */
    T construct(Context caller, Object[] args);
  }

  /** A declared member: a property or a method. */
  public sealed interface Member permits Property, MethodMember {
    /** The member's name. */
    String name();
  }

  /** A property, read-only when {@code setter} is {@code null}. */
  public record Property(String name, Getter<Object> getter, Setter<Object> setter) implements Member {
  }

  /** A method with its declared number of parameters (the script-visible {@code length}). */
  public record MethodMember(String name, int arity, Method<Object> method) implements Member {
  }

  private final String name;
  private final Class<T> type;
  private final HostClass<? super T> parent;
  private final Constructor<T> constructor;
  private final List<Member> members;
  private final Map<String, Integer> indexes;
  private final Map<String, Object> statics;

  private HostClass(Builder<T> b) {
    this.name = b.name;
    this.type = b.type;
    this.parent = b.parent;
    this.constructor = b.constructor;
    List<Member> all = new ArrayList<>();
    Map<String, Integer> idx = new LinkedHashMap<>();
    if (parent != null) {
      for (Member m : parent.members) {
        idx.put(m.name(), all.size());
        all.add(m);
      }
    }
    for (Member m : b.members.values()) {
      Integer at = idx.get(m.name());
      if (at != null) {
        all.set(at, m);
      } else {
        idx.put(m.name(), all.size());
        all.add(m);
      }
    }
    this.members = Collections.unmodifiableList(all);
    this.indexes = Collections.unmodifiableMap(idx);
    this.statics = Collections.unmodifiableMap(new LinkedHashMap<>(b.statics));
  }

  /** Starts declaring a host class named {@code name} for instances of {@code type}. */
  public static <T> Builder<T> builder(String name, Class<T> type) {
    return new Builder<>(name, type);
  }

  /** The name scripts see, such as {@code "Message"}. */
  public String name() {
    return name;
  }

  /** The Java type of instances. */
  public Class<T> type() {
    return type;
  }

  /** The host class this one extends, or {@code null}. */
  public HostClass<? super T> parent() {
    return parent;
  }

  /** The constructor, or {@code null} if scripts cannot {@code new} this class. */
  public Constructor<T> constructor() {
    return constructor;
  }

  /** Every member, inherited ones first; indexes are stable. */
  public List<Member> members() {
    return members;
  }

  /** The index of member {@code name} in {@link #members()}, or -1. */
  public int memberIndex(String name) {
    Integer i = indexes.get(name);
    return i == null ? -1 : i;
  }

  /** Static members: values of the constructor's own properties ({@code Data.from} …). */
  public Map<String, Object> statics() {
    return statics;
  }

  @Override
  public String toString() {
    return "HostClass(" + name + ")";
  }

  /** Declares a host class step by step. */
  public static final class Builder<T> {
    private final String name;
    private final Class<T> type;
    private HostClass<? super T> parent;
    private Constructor<T> constructor;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, Object> statics = new LinkedHashMap<>();

    private Builder(String name, Class<T> type) {
      this.name = Objects.requireNonNull(name);
      this.type = Objects.requireNonNull(type);
    }

    /** Inherits the members of {@code parent}; this class's own members override them. */
    public Builder<T> extend(HostClass<? super T> parent) {
      if (!parent.type().isAssignableFrom(type)) {
        throw new IllegalArgumentException(type + " is not a " + parent.type());
      }
      this.parent = parent;
      return this;
    }

    /** Lets scripts {@code new} this class. */
    public Builder<T> constructor(Constructor<T> constructor) {
      this.constructor = constructor;
      return this;
    }

    /** A read-only property. */
    public Builder<T> getter(String name, Getter<T> getter) {
      return property(name, getter, null);
    }

    /** A property; {@code setter} may be {@code null} for read-only. */
    @SuppressWarnings("unchecked")
    public Builder<T> property(String name, Getter<T> getter, Setter<T> setter) {
      members.put(name, new Property(name, (Getter<Object>) getter, (Setter<Object>) setter));
      return this;
    }

    /** A method taking {@code arity} declared parameters. */
    @SuppressWarnings("unchecked")
    public Builder<T> method(String name, int arity, Method<T> method) {
      members.put(name, new MethodMember(name, arity, (Method<Object>) method));
      return this;
    }

    /** A static member: a value, a {@link HostFunction}, or another host class. */
    public Builder<T> staticMember(String name, Object value) {
      statics.put(name, value);
      return this;
    }

    /** The finished declaration. */
    public HostClass<T> build() {
      return new HostClass<>(this);
    }
  }
}
