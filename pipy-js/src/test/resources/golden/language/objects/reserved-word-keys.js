const o = { if: 1, class: 2, new: 3, default: 4, function: 5, null: 6, true: 7 };
println(o.if + o.class + o.new + o.default + o.function + o.null + o.true);
