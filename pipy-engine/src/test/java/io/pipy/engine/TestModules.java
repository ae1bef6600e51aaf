package io.pipy.engine;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.FilterFactory;
import io.pipy.api.PipyModule;
import io.pipy.api.Registry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Module providers for the discovery tests, found through a class loader made per test. */
final class TestModules {

  private TestModules() {
  }

  /** A class loader whose META-INF/services lists exactly {@code providers} as PipyModules. */
  static URLClassLoader loaderWith(Path dir, List<Class<?>> providers) {
    try {
      Path services = dir.resolve("META-INF/services");
      Files.createDirectories(services);
      StringBuilder sb = new StringBuilder();
      for (Class<?> c : providers) sb.append(c.getName()).append('\n');
      sb.append("io.pipy.engine.NoSuchModuleClass\n");
      Files.writeString(services.resolve(PipyModule.class.getName()), sb.toString());
      return new URLClassLoader(new URL[] {dir.toUri().toURL()}, TestModules.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A filter that passes everything on. */
  static final class PassFilter extends Filter {
    PassFilter() {
    }

    PassFilter(PassFilter p) {
      super(p);
    }

    @Override
    protected Filter duplicate() {
      return new PassFilter(this);
    }

    @Override
    protected void process(Event event) {
      output(event);
    }
  }

  static FilterFactory factory(String name) {
    return new FilterFactory() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Filter create(FilterConfig config) {
        return new PassFilter();
      }
    };
  }

  public static final class Alpha implements PipyModule {
    @Override
    public String name() {
      return "alpha";
    }

    @Override
    public void install(Registry registry) {
      registry.filter(factory("alphaFilter"));
      registry.filter(factory("shared"));
      registry.global("alphaGlobal", 1);
    }
  }

  public static final class Beta implements PipyModule {
    @Override
    public String name() {
      return "beta";
    }

    @Override
    public void install(Registry registry) {
      registry.filter(factory("shared"));
    }
  }

  /** Fails half-way through install: nothing it registered may remain. */
  public static final class HalfBroken implements PipyModule {
    @Override
    public String name() {
      return "half-broken";
    }

    @Override
    public void install(Registry registry) {
      registry.filter(factory("halfFilter"));
      throw new IllegalStateException("boom");
    }
  }

  /** Cannot even be constructed. */
  public static final class Unconstructible implements PipyModule {
    public Unconstructible() {
      throw new IllegalStateException("cannot construct");
    }

    @Override
    public String name() {
      return "never";
    }

    @Override
    public void install(Registry registry) {
    }
  }
}
