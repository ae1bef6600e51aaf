println(Date.parse('2024-01-01T24:00'), Date.parse('2024-02-30'), Date.parse('2024-01-01t10:00z'));
println(Date.parse('  2024-01-01'), Date.parse('2024-01-01T10:00:00.1Z'));
