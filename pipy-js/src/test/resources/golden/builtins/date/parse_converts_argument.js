println(Date.parse({ toString: function () { return '1970-01-02'; } }));
println(Date.parse(), Date.parse(null), Date.parse(86400000));
