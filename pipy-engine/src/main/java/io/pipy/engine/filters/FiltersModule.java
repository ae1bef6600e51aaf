package io.pipy.engine.filters;

import io.pipy.api.PipyModule;
import io.pipy.api.Registry;

/**
 * The generic filters of the engine: {@code handle*}, {@code replace*}, {@code insert},
 * {@code produce}, {@code wait}, {@code dummy}, {@code dump}, {@code print}, {@code split},
 * {@code deframe}, {@code pack}, {@code tee}, {@code read}, {@code exec}, {@code compress} and
 * {@code decompress}. Found by {@link java.util.ServiceLoader} like any other module.
 */
public final class FiltersModule implements PipyModule {

  @Override
  public String name() {
    return "pipy-engine-filters";
  }

  @Override
  public void install(Registry registry) {
    registry.filter(new Factory("handle", Handle::create));
    registry.filter(new Factory("handleStreamStart", HandleStreamStart::create));
    registry.filter(new Factory("handleMessageStart", HandleMessageStart::create));
    registry.filter(new Factory("handleData", HandleData::create));
    registry.filter(new Factory("handleMessageBody", HandleMessageBody::create));
    registry.filter(new Factory("handleMessage", HandleMessage::create));
    registry.filter(new Factory("handleMessageEnd", HandleMessageEnd::create));
    registry.filter(new Factory("handleStreamEnd", HandleStreamEnd::create));
    registry.filter(new Factory("replace", Replace::create));
    registry.filter(new Factory("replaceStreamStart", ReplaceStreamStart::create));
    registry.filter(new Factory("replaceMessageStart", ReplaceMessageStart::create));
    registry.filter(new Factory("replaceData", ReplaceData::create));
    registry.filter(new Factory("replaceMessageBody", ReplaceMessageBody::create));
    registry.filter(new Factory("replaceMessage", ReplaceMessage::create));
    registry.filter(new Factory("replaceMessageEnd", ReplaceMessageEnd::create));
    registry.filter(new Factory("replaceStreamEnd", ReplaceStreamEnd::create));
    registry.filter(new Factory("insert", Insert::create));
    registry.filter(new Factory("produce", Produce::create));
    registry.filter(new Factory("wait", Wait::create));
    registry.filter(new Factory("dummy", Dummy::create));
    registry.filter(new Factory("dump", Dump::create));
    registry.filter(new Factory("print", Print::create));
    registry.filter(new Factory("split", Split::create));
    registry.filter(new Factory("deframe", Deframe::create));
    registry.filter(new Factory("pack", Pack::create));
    registry.filter(new Factory("compress", Compress::create));
    registry.filter(new Factory("decompress", Decompress::create));
    registry.filter(new Factory("tee", Tee::create));
    registry.filter(new Factory("read", Read::create));
    registry.filter(new Factory("exec", Exec::create));
  }
}
