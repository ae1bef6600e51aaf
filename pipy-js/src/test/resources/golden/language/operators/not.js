println(!0, !1, !'', !'a', !null, ![], !{}, !!NaN);
