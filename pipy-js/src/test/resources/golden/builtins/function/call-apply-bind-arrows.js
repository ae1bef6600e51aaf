const arrow = () => typeof this; println(arrow.call({}), arrow.apply({}), arrow.bind({})());
