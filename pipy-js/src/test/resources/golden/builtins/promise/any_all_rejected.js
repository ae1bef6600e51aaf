Promise.any([Promise.reject('a'), Promise.reject('b')]).catch(function (e) {
  println(e instanceof AggregateError, e instanceof Error, e.name, JSON.stringify(e.errors));
  println(typeof e.message);
});
