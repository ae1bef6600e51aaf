const ns = { C: function () { this.z = 2; } };
println(new ns.C().z);
