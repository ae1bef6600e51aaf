println((1234.5).toLocaleString(), (1234567.891).toLocaleString(), (0).toLocaleString(), (-1234).toLocaleString(), (0.1234).toLocaleString(), (1e21).toLocaleString());
println((999.9999).toLocaleString(), (1.0005).toLocaleString(), NaN.toLocaleString(), [1234, 5].toLocaleString(), (12).toLocaleString(), (100).toLocaleString());
