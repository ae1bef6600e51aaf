println(JSON.stringify([[[1]]].flat('2')), JSON.stringify([[[1]]].flat(null)), JSON.stringify([[[1]]].flat(undefined)), JSON.stringify([[[1]]].flat(NaN)), JSON.stringify([[[1]]].flat(true)));
