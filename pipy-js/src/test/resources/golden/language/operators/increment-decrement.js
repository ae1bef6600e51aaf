let i = 5;
println(i++, i, ++i, i, i--, i, --i, i);
