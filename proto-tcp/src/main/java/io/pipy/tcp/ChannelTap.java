package io.pipy.tcp;

import io.netty.channel.Channel;

/** The tap of a Netty channel: closing it turns the channel's {@code autoRead} off. */
final class ChannelTap extends Tap {

  private final Channel channel;

  ChannelTap(Channel channel) {
    this.channel = channel;
  }

  @Override
  protected void pause() {
    channel.config().setAutoRead(false);
  }

  @Override
  protected void resume() {
    if (channel.isOpen()) channel.config().setAutoRead(true);
  }
}
